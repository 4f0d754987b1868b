"""Real PostgreSQL and Redis on loopback for the store tests, stopped afterwards.

They come from Debian's packages (`make system` installs them; `make test` runs it). A missing
server fails the tests: it never skips them. Both ask for a password, so the
tests also check that Rasa gets it from the environment (see launcher/endpoints.py).
"""

import glob
import os
import secrets
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import List, Optional

import pytest
from waiting import wait_until

from launcher.servers import free_port

ROOT = Path(__file__).resolve().parents[2]


def _postgres_bin(name: str) -> str:
    found = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda path: int(path.split("/")[4])
    )
    if not found:
        pytest.fail(f"PostgreSQL's {name} is missing: run `make system` (as root)")
    return found[-1]


def _as_postgres_user(command: List[str]) -> List[str]:
    """Run as the `postgres` user when we are root (PostgreSQL refuses root)."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _run(command: List[str], what: str, log: Optional[Path] = None) -> None:
    done = subprocess.run(_as_postgres_user(command), capture_output=True, text=True)
    if done.returncode != 0:
        details = done.stderr or done.stdout
        if log is not None and log.exists():
            details += "\n" + log.read_text()[-2000:]
        pytest.fail(f"could not {what}: {details}")


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL cluster with a password-protected `rasa` role and
    database; yields the DB_* environment variables for it."""
    # Not under pytest's tmp folder: the postgres user must be able to reach it.
    base = Path(tempfile.mkdtemp(prefix="triage-pg-"))
    data, log = base / "data", base / "server.log"
    superuser_password, password = secrets.token_hex(12), secrets.token_hex(12)
    (base / "pwfile").write_text(superuser_password + "\n")
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
        shutil.chown(base / "pwfile", "postgres", "postgres")
    port = free_port()
    try:
        _run(
            [
                _postgres_bin("initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                f"--pwfile={base / 'pwfile'}",
            ],
            "create a PostgreSQL cluster",
        )
        _run(
            [
                _postgres_bin("pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                "-w",
                "-t",
                "60",
                "start",
                "-o",
                f"-h 127.0.0.1 -p {port} -k {base}",
            ],
            "start PostgreSQL",
            log,
        )
        # Over the Unix socket (trust) as the superuser: a login role and its database.
        local = ["-h", str(base), "-p", str(port), "-U", "postgres"]
        _run(
            [
                _postgres_bin("psql"),
                *local,
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                f"CREATE ROLE rasa LOGIN PASSWORD '{password}'",
            ],
            "create the rasa role",
        )
        _run([_postgres_bin("createdb"), *local, "-O", "rasa", "rasa"], "create the database")
        yield {
            "DB_HOST": "127.0.0.1",
            "DB_PORT": str(port),
            "DB_NAME": "rasa",
            "DB_USER": "rasa",
            "DB_PASSWORD": password,
        }
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                _as_postgres_user(
                    [_postgres_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
                ),
                capture_output=True,
            )
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def redis():
    """A throwaway password-protected Redis; yields the REDIS_* environment variables."""
    import redis as redis_client

    binary = shutil.which("redis-server")
    if not binary:
        pytest.fail("redis-server is missing: run `make system` (as root)")
    port, password = free_port(), secrets.token_hex(12)
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--requirepass",
            password,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        client = redis_client.Redis(host="127.0.0.1", port=port, password=password)

        def answers() -> bool:
            try:
                return client.ping()
            except redis_client.ConnectionError:
                if process.poll() is not None:
                    pytest.fail("redis-server exited at start")
                return False

        wait_until(answers, 10, "redis-server did not start")
        yield {"REDIS_HOST": "127.0.0.1", "REDIS_PORT": str(port), "REDIS_PASSWORD": password}
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def model() -> Path:
    path = ROOT / "models" / "triage.tar.gz"
    assert path.exists(), "no trained model: run `make train` (make test does)"
    return path
