"""Start the action server and the Rasa server on loopback, and stop them again.

Used by `make run`/`make serve` and by the end-to-end tests, so both run the
assistant the same way.
"""

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Mapping, Optional, Sequence

from keepsakes.links import base_url_problem
from launcher.credentials import write_credentials
from launcher.endpoints import write_endpoints
from privacy.link_tokens import secret_problem

ROOT = Path(__file__).resolve().parent.parent
# Rasa would otherwise try to send usage data and error reports to the internet.
NO_TELEMETRY = {"RASA_TELEMETRY_ENABLED": "false"}
LOOPBACK = "127.0.0.1"


class ServerError(RuntimeError):
    """A server did not start; the message says which and why."""


@dataclass
class Servers:
    """The running servers: one action server, then one or more Rasa servers."""

    rasa_urls: List[str]
    actions_url: str
    processes: List[subprocess.Popen]
    token: str
    workdir: Path
    model: Path
    endpoints: Path
    env: Dict[str, str]

    @property
    def rasa_url(self) -> str:
        return self.rasa_urls[0]

    def restart_rasa(self, index: int = 0, timeout: float = 120.0) -> None:
        """Kill Rasa server `index` with SIGKILL (a crash) and start it again."""
        process = self.processes[index + 1]
        process.kill()
        process.wait()
        port = int(self.rasa_urls[index].rsplit(":", 1)[1])
        log = self.workdir / f"rasa-{index}-restarted.log"
        self.processes[index + 1] = start_rasa_server(
            port, self.model, self.endpoints, log, self.token, self.env
        )
        wait_until_ready(
            f"{self.rasa_urls[index]}/status?token={self.token}",
            self.processes[index + 1],
            "Rasa server",
            timeout,
            log,
        )

    def restart_actions(self, timeout: float = 60.0) -> None:
        """Kill the action server with SIGKILL (a crash) and start it again."""
        self.processes[0].kill()
        self.processes[0].wait()
        port = int(self.actions_url.rsplit(":", 1)[1])
        log = self.workdir / "actions-restarted.log"
        self.processes[0] = start_action_server(port, log, self.env)
        wait_until_ready(
            f"{self.actions_url}/health", self.processes[0], "action server", timeout, log
        )


DEFAULT_WEB_ORIGINS = "http://127.0.0.1:8080,http://localhost:8080"


def api_token(env: Mapping[str, str]) -> str:
    """The HTTP API token: RASA_AUTH_TOKEN, or a fresh random one for this run."""
    return env.get("RASA_AUTH_TOKEN") or secrets.token_hex(24)


def access_arguments(env: Mapping[str, str], token: str) -> List[str]:
    """`rasa run` options that lock the HTTP API and limit CORS to our web origins."""
    arguments = ["--auth-token", token]
    if env.get("JWT_SECRET"):
        arguments += [
            "--jwt-secret",
            env["JWT_SECRET"],
            "--jwt-method",
            env.get("JWT_METHOD", "HS256"),
        ]
    origins = [
        o.strip() for o in env.get("WEB_ORIGINS", DEFAULT_WEB_ORIGINS).split(",") if o.strip()
    ]
    return arguments + ["--cors", *origins] if origins else arguments


def _status(url: str, timeout: float = 2.0) -> Optional[int]:
    """The HTTP status `url` answers with, or None if nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError, ValueError):
        return None


def wait_until_ready(
    url: str, process: subprocess.Popen, name: str, timeout: float, log: Path
) -> None:
    """Poll `url` until it answers; fail fast if the process exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"{name} exited with code {process.returncode}; see {log}")
        status = _status(url)
        if status == 200:
            return
        if status == 409:
            raise ServerError(f"{name} could not load its model; see {log}")
        time.sleep(0.5)
    raise ServerError(f"{name} did not answer at {url} within {timeout:.0f} s; see {log}")


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ensure_port_free(port: int) -> None:
    """Fail with a clear message if something already listens on `port`."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        if probe.connect_ex((LOOPBACK, port)) == 0:
            raise ServerError(f"port {port} on {LOOPBACK} is already in use")


def link_settings(env: Mapping[str, str], rasa_url: str) -> Dict[str, str]:
    """LINK_SECRET (a fresh one for this run when unset) and LINK_BASE_URL, the
    Rasa server's own address, which the action server makes links with unless
    PUBLIC_URL is set. Raises ServerError for a PUBLIC_URL or secret that can't work."""
    secret = env.get("LINK_SECRET") or secrets.token_urlsafe(32)
    problem = secret_problem(secret)
    if not problem and env.get("PUBLIC_URL"):
        problem = base_url_problem(env["PUBLIC_URL"])
        problem = problem and f"PUBLIC_URL: {problem}"
    if problem:
        raise ServerError(problem)
    return {"LINK_SECRET": secret, "LINK_BASE_URL": rasa_url}


def start_action_server(
    port: int, log: Path, env: Optional[Mapping[str, str]] = None
) -> subprocess.Popen:
    environment = {**os.environ, **(env or {}), "SANIC_HOST": LOOPBACK}
    return subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)],
        cwd=ROOT,
        env=environment,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )


def start_rasa_server(
    port: int,
    model: Path,
    endpoints: Path,
    log: Path,
    token: str,
    env: Optional[Mapping[str, str]] = None,
) -> subprocess.Popen:
    environment = {**os.environ, **NO_TELEMETRY, **(env or {})}
    credentials = write_credentials(
        ROOT / "credentials.yml", environment, endpoints.parent / "credentials.yml"
    )
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "launcher.rasa_main",
            "run",
            *access_arguments(environment, token),
            "--enable-api",
            "--interface",
            LOOPBACK,
            "--port",
            str(port),
            "--model",
            str(model),
            "--endpoints",
            str(endpoints),
            "--credentials",
            str(credentials),
        ],
        cwd=ROOT,
        env=environment,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )


def stop(processes: List[subprocess.Popen]) -> None:
    """Terminate the given processes (ours only), killing any that linger."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def running(
    rasa_port: int,
    actions_port: int,
    model: Path = ROOT / "models" / "triage.tar.gz",
    workdir: Optional[Path] = None,
    tracker_db: Optional[Path] = None,
    timeout: float = 120.0,
    env: Optional[Mapping[str, str]] = None,
    more_rasa_ports: Sequence[int] = (),
    tracker_store: bool = True,
) -> Iterator[Servers]:
    """The action server and Rasa server(s), ready to talk to; stopped afterwards.

    `env` overrides environment variables (database, lock store, tokens);
    `more_rasa_ports` starts further Rasa servers sharing the same stores;
    `tracker_store=False` keeps conversations in Rasa's memory (benchmarks).
    """
    if not model.exists():
        raise ServerError(f"no trained model at {model}: run `make train` first")
    settings = {**os.environ, **NO_TELEMETRY, **(env or {})}
    # Rasa talks to the action server started here, whatever ACTION_SERVER_URL says.
    settings["ACTION_SERVER_URL"] = f"http://{LOOPBACK}:{actions_port}/webhook"
    settings.update(link_settings(settings, f"http://{LOOPBACK}:{rasa_port}"))
    with contextlib.ExitStack() as stack:
        if workdir is None:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        endpoints = write_endpoints(
            settings,
            tracker_db or workdir / "conversations.db",
            workdir / "endpoints.yml",
            tracker_store,
        )
        rasa_ports = [rasa_port, *more_rasa_ports]
        for port in [actions_port, *rasa_ports]:
            ensure_port_free(port)
        processes: List[subprocess.Popen] = []
        stack.callback(stop, processes)
        actions_log = workdir / "actions.log"
        processes.append(start_action_server(actions_port, actions_log, settings))
        token = api_token(settings)
        rasa_logs = [
            workdir / ("rasa.log" if i == 0 else f"rasa-{i}.log") for i in range(len(rasa_ports))
        ]
        for port, log in zip(rasa_ports, rasa_logs, strict=True):
            processes.append(start_rasa_server(port, model, endpoints, log, token, settings))
        servers = Servers(
            [f"http://{LOOPBACK}:{port}" for port in rasa_ports],
            f"http://{LOOPBACK}:{actions_port}",
            processes,
            token,
            workdir,
            model,
            endpoints,
            dict(settings),
        )
        wait_until_ready(
            f"{servers.actions_url}/health", processes[0], "action server", timeout, actions_log
        )
        for index, url in enumerate(servers.rasa_urls):
            wait_until_ready(
                f"{url}/status?token={token}",
                processes[index + 1],
                "Rasa server",
                timeout,
                rasa_logs[index],
            )
        yield servers
