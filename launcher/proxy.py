"""Debian's nginx on loopback in front of several Rasa servers, with the deployment's
own configuration (deploy/nginx.conf.template), for the tests.

The template is the one docker-compose.yml and Kubernetes run; only the lines that
name places change: the Rasa servers (loopback ports instead of a DNS name, so no
resolver), the listening address (127.0.0.1:<port>) and the page's static folder.
nginx runs in the foreground as our child process, never as a system service.
"""

import contextlib
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List, Optional, Sequence, Tuple
from urllib.parse import urlsplit

from launcher.servers import ROOT, ServerError, ensure_port_free, free_port, wait_until_ready

TEMPLATE = ROOT / "deploy" / "nginx.conf.template"
UPSTREAM_LINE = "server ${RASA_UPSTREAM} resolve;"
RESOLVER_LINE = "resolver ${NGINX_LOCAL_RESOLVERS} valid=10s ipv6=off;"
LISTEN_LINE = "listen 80;"
ROOT_LINE = "root /usr/share/nginx/html;"
MIME_TYPES = "/etc/nginx/mime.types"


def _replace_line(text: str, line: str, new: Sequence[str]) -> str:
    """`text` with the one line that reads `line` (indented) replaced by `new`."""
    lines = text.splitlines()
    found = [i for i, current in enumerate(lines) if current.strip() == line]
    if len(found) != 1:
        raise ServerError(f"{TEMPLATE.name}: expected one line `{line}`, found {len(found)}")
    indent = lines[found[0]][: len(lines[found[0]]) - len(lines[found[0]].lstrip())]
    lines[found[0] : found[0] + 1] = [indent + replacement for replacement in new]
    return "\n".join(lines) + "\n"


def local_site(template: str, rasa_urls: Sequence[str], port: int, static: Path) -> str:
    """The site configuration for loopback: each Rasa server in the upstream,
    listening on 127.0.0.1:`port`, serving `static`."""
    servers = [f"server {urlsplit(url).netloc};" for url in rasa_urls]
    site = _replace_line(template, UPSTREAM_LINE, servers)
    site = _replace_line(site, RESOLVER_LINE, [])
    site = _replace_line(site, LISTEN_LINE, [f"listen 127.0.0.1:{port};"])
    return _replace_line(site, ROOT_LINE, [f"root {static};"])


def main_config(workdir: Path, site: Path) -> str:
    """nginx's own configuration: in the foreground, one process, everything in `workdir`."""
    temp = "\n".join(
        f"    {kind}_temp_path {workdir / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return (
        "daemon off;\nmaster_process off;\n"
        f"pid {workdir / 'nginx.pid'};\nerror_log {workdir / 'error.log'} warn;\n"
        "events { worker_connections 512; }\n"
        "http {\n"
        f"    include {MIME_TYPES};\n    default_type application/octet-stream;\n"
        "    log_format upstreams '$upstream_addr $status $request_uri';\n"
        f"    access_log {workdir / 'access.log'} upstreams;\n{temp}\n"
        f"    include {site};\n}}\n"
    )


@dataclass(frozen=True)
class Proxy:
    """A running nginx: its address, and which Rasa server took each request."""

    url: str
    access_log: Path

    def upstreams(self, path: str) -> List[Tuple[str, str]]:
        """(Rasa servers tried, status) of each finished request under `path`, in order;
        a request passed on after a failure names every server it tried."""
        if not self.access_log.exists():
            return []
        found = []
        for line in self.access_log.read_text().splitlines():
            *tried, status, uri = line.split(" ")
            if uri.startswith(path):
                found.append((" ".join(tried), status))
        return found


def nginx_binary() -> str:
    found = shutil.which("nginx") or shutil.which("/usr/sbin/nginx")
    if not found:
        raise ServerError("nginx is missing: run `make system` (as root)")
    return found


def write_config(workdir: Path, rasa_urls: Sequence[str], port: int, static: Path) -> Path:
    """Write the site and nginx's configuration to `workdir`; the main file."""
    site = workdir / "site.conf"
    site.write_text(local_site(TEMPLATE.read_text(), rasa_urls, port, static))
    main = workdir / "nginx.conf"
    main.write_text(main_config(workdir, site))
    return main


def check(config: Path) -> subprocess.CompletedProcess:
    """`nginx -t` on `config`: the syntax and every directive checked."""
    workdir = config.parent
    return subprocess.run(
        [
            nginx_binary(),
            "-t",
            "-q",
            "-p",
            str(workdir),
            "-e",
            str(workdir / "error.log"),
            "-c",
            str(config),
        ],
        capture_output=True,
        text=True,
    )


@contextlib.contextmanager
def proxying(
    rasa_urls: Sequence[str],
    static: Path,
    port: Optional[int] = None,
    timeout: float = 30.0,
) -> Iterator[Proxy]:
    """nginx on http://127.0.0.1:<port> serving `static` and proxying to `rasa_urls`."""
    port = port or free_port()
    ensure_port_free(port)
    with tempfile.TemporaryDirectory(prefix="triage-nginx-") as folder:
        workdir = Path(folder)
        config = write_config(workdir, rasa_urls, port, static)
        log = workdir / "error.log"
        process = subprocess.Popen(
            [nginx_binary(), "-p", str(workdir), "-e", str(log), "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=log.open("ab"),
        )
        try:
            url = f"http://127.0.0.1:{port}"
            try:
                wait_until_ready(url + "/", process, "nginx", timeout, log)
            except ServerError as error:
                raise ServerError(f"{error}: {log.read_text()[-2000:]}") from None
            yield Proxy(url, workdir / "access.log")
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
