"""Real PostgreSQL and Redis on loopback for the store tests, stopped afterwards.

They come from Debian's packages (`make services` installs them). A missing
server fails the tests: it never skips them.
"""

import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from cli.servers import free_port


def _postgres_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        pytest.fail(f"PostgreSQL's {name} is missing: run `make services`")
    return found[-1]


def _as_postgres_user(command):
    """Run as the `postgres` user when we are root (PostgreSQL refuses root)."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL cluster; yields the DB_* environment variables."""
    # Not under pytest's tmp folder: the postgres user must be able to reach it.
    data = Path(tempfile.mkdtemp(prefix="triage-pg-"))
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    port = free_port()
    subprocess.run(_as_postgres_user([_postgres_bin("initdb"), "-D", str(data), "-U", "postgres",
                                      "--auth=trust", "-E", "UTF8"]),
                   check=True, capture_output=True)
    log = data / "server.log"
    subprocess.run(_as_postgres_user([
        _postgres_bin("pg_ctl"), "-D", str(data), "-l", str(log), "-w", "start",
        "-o", f"-h 127.0.0.1 -p {port} -k {data}",
    ]), check=True, capture_output=True)
    try:
        subprocess.run(_as_postgres_user([_postgres_bin("createdb"), "-h", "127.0.0.1", "-p", str(port),
                                          "-U", "postgres", "rasa"]), check=True, capture_output=True)
        yield {"DB_HOST": "127.0.0.1", "DB_PORT": str(port), "DB_NAME": "rasa",
               "DB_USER": "postgres", "DB_PASSWORD": ""}
    finally:
        subprocess.run(_as_postgres_user([_postgres_bin("pg_ctl"), "-D", str(data), "-m", "fast",
                                          "-w", "stop"]), capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture(scope="session")
def redis():
    """A throwaway Redis; yields the REDIS_* environment variables."""
    binary = shutil.which("redis-server")
    if not binary:
        pytest.fail("redis-server is missing: run `make services`")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            if subprocess.run([shutil.which("redis-cli") or "redis-cli", "-p", str(port), "ping"],
                              capture_output=True, text=True).stdout.strip() == "PONG":
                break
            time.sleep(0.1)
        else:
            pytest.fail("redis-server did not start")
        yield {"REDIS_HOST": "127.0.0.1", "REDIS_PORT": str(port)}
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def model() -> Path:
    path = Path(__file__).resolve().parents[2] / "models" / "triage.tar.gz"
    assert path.exists(), "no trained model: run `make train` (make test does)"
    return path
