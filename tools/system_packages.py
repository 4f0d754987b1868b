"""The Debian packages `make run` and `make test` need: what is missing, and installing it.

Standard library only: it runs before the virtual environment exists
(`python3 -m tools.system_packages test`). Each package is asked for only when
what it provides is missing, and never one that apt would refuse: NodeSource's
`nodejs` bundles `npm` and conflicts with Debian's, so Debian's `npm` is asked
for only beside Debian's own `nodejs` (or with it, when there is no Node.js).
As root the missing packages are installed with apt; otherwise the run stops
with one line naming the command to run.
"""

import glob
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Tuple

# What each task needs from the machine (see `Machine`).
NEEDS = {
    "run": ("npm",),
    "test": ("npm", "postgres", "redis", "chromium", "emoji_font", "nginx"),
}
# The Debian package that provides each need.
PACKAGES = {
    "postgres": "postgresql",
    "redis": "redis-server",
    "chromium": "chromium",
    "emoji_font": "fonts-noto-color-emoji",
    # The web tests run their own nginx in front of two Rasa servers (launcher/proxy.py).
    "nginx": "nginx",
}
EMOJI_FONT_FILES = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"
POSTGRES_SERVER = "/usr/lib/postgresql/*/bin/initdb"
CHROMIUM = "/usr/bin/chromium"
NGINX = "/usr/sbin/nginx"


@dataclass(frozen=True)
class Machine:
    """What is on the machine, as far as the tasks care."""

    npm: bool
    node: bool
    nodesource_node: bool
    postgres: bool
    redis: bool
    chromium: bool
    emoji_font: bool
    nginx: bool
    root: bool


@dataclass(frozen=True)
class Plan:
    """The packages to install, or the one line that stops the run."""

    packages: Tuple[str, ...] = ()
    stop: Optional[str] = None


def _node_packages(machine: Machine) -> Tuple[Tuple[str, ...], Optional[str]]:
    if machine.npm:
        return (), None
    if not machine.node:
        return ("nodejs", "npm"), None
    if machine.nodesource_node:
        return (), (
            "npm is missing, but NodeSource's nodejs (which bundles npm) is installed and "
            "conflicts with Debian's npm: run `apt-get install --reinstall nodejs`."
        )
    return ("npm",), None


def plan(machine: Machine, task: str) -> Plan:
    """What to install so that `task` ("run" or "test") has all it needs."""
    needs = NEEDS[task]
    packages: List[str] = []
    if "npm" in needs:
        node_packages, stop = _node_packages(machine)
        if stop:
            return Plan(stop=stop)
        packages += node_packages
    packages += [
        PACKAGES[need] for need in needs if need in PACKAGES and not getattr(machine, need)
    ]
    if packages and not machine.root:
        return Plan(
            tuple(packages),
            f"Missing system packages for `make {task}`: run as root "
            f"`apt-get update && apt-get install -y {' '.join(packages)}`, then try again.",
        )
    return Plan(tuple(packages))


def _dpkg_version(package: str) -> str:
    try:
        done = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return ""
    return done.stdout if done.returncode == 0 else ""


def inspect_machine() -> Machine:
    """Look at this machine."""
    return Machine(
        npm=shutil.which("npm") is not None,
        node=shutil.which("node") is not None or shutil.which("nodejs") is not None,
        nodesource_node="nodesource" in _dpkg_version("nodejs"),
        postgres=any(os.access(path, os.X_OK) for path in glob.glob(POSTGRES_SERVER)),
        redis=shutil.which("redis-server") is not None,
        chromium=os.access(CHROMIUM, os.X_OK),
        emoji_font=os.path.exists(EMOJI_FONT_FILES),
        nginx=os.access(NGINX, os.X_OK),
        root=os.geteuid() == 0,
    )


def _apt(arguments: Sequence[str]) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", *arguments], env=env, check=True)


def ensure(
    task: str,
    inspect: Callable[[], Machine] = inspect_machine,
    apt: Callable[[Sequence[str]], None] = _apt,
) -> Optional[str]:
    """Install what `task` misses; the line that stops the run, or None when all is there."""
    first = plan(inspect(), task)
    if first.stop:
        return first.stop
    if not first.packages:
        return None
    print(f"Installing system packages for `make {task}`: {' '.join(first.packages)}", flush=True)
    apt(["update", "-qq"])
    apt(["install", "-y", "-qq", *first.packages])
    still = plan(inspect(), task).packages
    if still:
        return f"apt-get did not install {' '.join(still)}; install them by hand and try again."
    return None


def main(argv: Sequence[str]) -> int:
    """`python -m tools.system_packages run|test`."""
    if len(argv) != 1 or argv[0] not in NEEDS:
        print(f"usage: python -m tools.system_packages {'|'.join(NEEDS)}", file=sys.stderr)
        return 2
    try:
        stop = ensure(argv[0])
    except subprocess.CalledProcessError as error:
        stop = f"`{' '.join(error.cmd)}` failed (exit {error.returncode}); see its output above."
    if stop:
        print(stop, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
