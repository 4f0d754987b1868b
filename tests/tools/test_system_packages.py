"""What `make run` and `make test` install from Debian, decided from what the machine has."""

import dataclasses
import subprocess

import pytest

from tools.system_packages import Machine, ensure, main, plan

EVERYTHING = Machine(
    npm=True,
    node=True,
    nodesource_node=True,
    postgres=True,
    redis=True,
    chromium=True,
    emoji_font=True,
    nginx=True,
    root=True,
)
NOTHING = Machine(
    npm=False,
    node=False,
    nodesource_node=False,
    postgres=False,
    redis=False,
    chromium=False,
    emoji_font=False,
    nginx=False,
    root=True,
)
# A fresh machine of our kind: NodeSource's nodejs with its bundled npm, PostgreSQL.
FRESH = dataclasses.replace(EVERYTHING, redis=False, chromium=False, emoji_font=False)


def _with(machine: Machine, **changes) -> Machine:
    return dataclasses.replace(machine, **changes)


PLANS = [
    # (machine, task, packages to install)
    (EVERYTHING, "test", ()),
    (EVERYTHING, "run", ()),
    (
        NOTHING,
        "test",
        (
            "nodejs",
            "npm",
            "postgresql",
            "redis-server",
            "chromium",
            "fonts-noto-color-emoji",
            "nginx",
        ),
    ),
    (NOTHING, "run", ("nodejs", "npm")),
    # NodeSource's nodejs bundles npm: Debian's npm must never be asked for.
    (FRESH, "test", ("redis-server", "chromium", "fonts-noto-color-emoji")),
    (FRESH, "run", ()),
    (_with(EVERYTHING, redis=False), "test", ("redis-server",)),
    (_with(EVERYTHING, redis=False), "run", ()),
    (
        _with(EVERYTHING, chromium=False, emoji_font=False),
        "test",
        ("chromium", "fonts-noto-color-emoji"),
    ),
    # nginx only for the tests (the web chat across two Rasa servers).
    (_with(EVERYTHING, nginx=False), "test", ("nginx",)),
    (_with(EVERYTHING, nginx=False), "run", ()),
    # PostgreSQL only when no server binaries are there.
    (_with(EVERYTHING, postgres=False), "test", ("postgresql",)),
    # Debian's own nodejs without npm: Debian's npm fits beside it.
    (_with(EVERYTHING, npm=False, nodesource_node=False), "test", ("npm",)),
]


@pytest.mark.parametrize("machine, task, packages", PLANS)
def test_plan_asks_only_for_what_is_missing(machine, task, packages):
    result = plan(machine, task)
    assert result.packages == packages
    assert result.stop is None
    assert "npm" not in result.packages or not machine.nodesource_node


def test_not_root_stops_with_the_exact_command():
    result = plan(_with(FRESH, root=False), "test")
    assert result.stop == (
        "Missing system packages for `make test`: run as root `apt-get update && "
        "apt-get install -y redis-server chromium fonts-noto-color-emoji`, then try again."
    )


def test_not_root_with_everything_there_goes_on():
    assert plan(_with(EVERYTHING, root=False), "test") == plan(EVERYTHING, "test")


def test_nodesource_without_npm_stops_rather_than_pull_debians_npm():
    result = plan(_with(EVERYTHING, npm=False), "run")
    assert result.packages == ()
    assert "apt-get install --reinstall nodejs" in result.stop


class FakeApt:
    """Records apt calls; an install makes the machine whole."""

    def __init__(self, machine: Machine, installs: bool = True) -> None:
        self.machine, self.installs, self.calls = machine, installs, []

    def inspect(self) -> Machine:
        return self.machine

    def __call__(self, arguments):
        self.calls.append(list(arguments))
        if arguments[0] == "install" and self.installs:
            self.machine = EVERYTHING


def test_ensure_updates_once_then_installs_the_missing_packages():
    apt = FakeApt(FRESH)
    assert ensure("test", inspect=apt.inspect, apt=apt) is None
    assert apt.calls == [
        ["update", "-qq"],
        ["install", "-y", "-qq", "redis-server", "chromium", "fonts-noto-color-emoji"],
    ]


def test_ensure_calls_no_apt_when_all_is_there():
    apt = FakeApt(EVERYTHING)
    assert ensure("test", inspect=apt.inspect, apt=apt) is None
    assert apt.calls == []


def test_ensure_says_what_apt_did_not_install():
    apt = FakeApt(FRESH, installs=False)
    assert ensure("test", inspect=apt.inspect, apt=apt) == (
        "apt-get did not install redis-server chromium fonts-noto-color-emoji; "
        "install them by hand and try again."
    )


def test_ensure_not_root_never_calls_apt():
    apt = FakeApt(_with(FRESH, root=False))
    assert "run as root" in ensure("test", inspect=apt.inspect, apt=apt)
    assert apt.calls == []


@pytest.mark.parametrize("argv", [[], ["deploy"], ["run", "test"]])
def test_main_rejects_unknown_tasks(argv, capsys):
    assert main(argv) == 2
    assert "usage: python -m tools.system_packages run|test" in capsys.readouterr().err


def test_main_reports_a_failed_apt_call(monkeypatch, capsys):
    def failing(task):
        raise subprocess.CalledProcessError(100, ["apt-get", "install", "-y", "chromium"])

    monkeypatch.setattr("tools.system_packages.ensure", failing)
    assert main(["test"]) == 1
    assert "`apt-get install -y chromium` failed (exit 100)" in capsys.readouterr().err
