"""The launcher's link settings: a secret (made once for `make run`, per run for the
tests), the Rasa server's address for the action server, and clear errors."""

import stat

import pytest

from launcher.serve import stored_link_secret
from launcher.servers import ServerError, link_settings

RASA = "http://127.0.0.1:5005"


def test_a_fresh_secret_per_run_unless_one_is_set():
    first, second = link_settings({}, RASA), link_settings({}, RASA)
    assert first["LINK_SECRET"] != second["LINK_SECRET"] and len(first["LINK_SECRET"]) >= 32
    assert first["LINK_BASE_URL"] == RASA
    assert link_settings({"LINK_SECRET": "k" * 40}, RASA)["LINK_SECRET"] == "k" * 40


@pytest.mark.parametrize(
    "env, problem",
    [
        ({"LINK_SECRET": "too-short"}, "at least 32 characters"),
        ({"PUBLIC_URL": "triage.example.org"}, "PUBLIC_URL"),
        ({"PUBLIC_URL": "https://triage.example.org/?x=1"}, "query"),
    ],
)
def test_settings_that_cannot_work_stop_the_launch(env, problem):
    with pytest.raises(ServerError, match=problem):
        link_settings(env, RASA)


def test_make_run_keeps_one_secret_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "link_secret"
    secret = stored_link_secret(path)
    assert len(secret) >= 32 and stored_link_secret(path) == secret
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
