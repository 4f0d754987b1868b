"""The effective credentials file: the repository's channels, the links channel
with the retention period, plus Slack only when both SLACK_TOKEN and
SLACK_SIGNING_SECRET are set; no secret in the repository."""

import yaml

from launcher.credentials import (
    LINKS_CHANNEL,
    SLACK_CHANNEL,
    credentials_config,
    slack_enabled,
    write_credentials,
)
from launcher.servers import ROOT

BASE = {"channels.rest.SafeRestInput": None, "socketio": {"session_persistence": True}}


def test_without_both_variables_slack_is_off():
    for env in (
        {},
        {"SLACK_TOKEN": "xoxb-1"},
        {"SLACK_SIGNING_SECRET": "s"},
        {"SLACK_TOKEN": "", "SLACK_SIGNING_SECRET": "s"},
    ):
        assert credentials_config(BASE, env) == {**BASE, LINKS_CHANNEL: {"retention_days": 30.0}}
        assert not slack_enabled(env)


def test_with_both_variables_slack_is_on():
    env = {"SLACK_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}
    config = credentials_config(BASE, env)
    assert config[SLACK_CHANNEL] == {"slack_token": "xoxb-1", "slack_signing_secret": "s"}
    assert slack_enabled(env)
    assert (
        credentials_config(BASE, {**env, "SLACK_API_URL": "http://127.0.0.1:9/api/"})[
            SLACK_CHANNEL
        ]["api_url"]
        == "http://127.0.0.1:9/api/"
    )
    assert SLACK_CHANNEL not in BASE, "the base is not modified"


def test_written_file_is_what_rasa_reads(tmp_path):
    path = write_credentials(
        ROOT / "credentials.yml",
        {"SLACK_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"},
        tmp_path / "credentials.yml",
    )
    written = yaml.safe_load(path.read_text())
    assert written[SLACK_CHANNEL]["slack_token"] == "xoxb-1"
    assert set(yaml.safe_load((ROOT / "credentials.yml").read_text())) < set(written)


def test_no_slack_secret_in_the_repository():
    text = (ROOT / "credentials.yml").read_text()
    assert "slack_token" not in text and "xoxb-" not in text and "${" not in text
    example = (ROOT / ".env.example").read_text()
    assert "SLACK_TOKEN=\n" in example and "SLACK_SIGNING_SECRET=\n" in example


def test_links_channel_gets_the_retention_period_but_never_the_secret(tmp_path):
    env = {"RETENTION_DAYS": "14", "LINK_SECRET": "s" * 40}
    assert credentials_config(BASE, env)[LINKS_CHANNEL] == {"retention_days": 14.0}
    written = write_credentials(
        ROOT / "credentials.yml", env, tmp_path / "credentials.yml"
    ).read_text()
    assert "s" * 40 not in written and yaml.safe_load(written)[LINKS_CHANNEL] == {
        "retention_days": 14.0
    }
    assert LINKS_CHANNEL in yaml.safe_load((ROOT / "credentials.yml").read_text())
    assert "LINK_SECRET=\n" in (ROOT / ".env.example").read_text()
