"""The credentials file Rasa runs with: the repository's channels, the links
channel with the retention period (RETENTION_DAYS; its secret LINK_SECRET stays
in the environment), plus Slack when SLACK_TOKEN and SLACK_SIGNING_SECRET are
both set."""

from pathlib import Path
from typing import Any, Dict, Mapping

import yaml

from keepsakes.links import retention_days

SLACK_CHANNEL = "channels.slack.ThreadedSlackInput"
LINKS_CHANNEL = "channels.links.LinksInput"


def credentials_config(base: Mapping[str, Any], env: Mapping[str, str]) -> Dict[str, Any]:
    """`base` (credentials.yml) with the links channel's retention period, and the
    Slack block added when it is configured."""
    config = dict(base)
    config[LINKS_CHANNEL] = {"retention_days": retention_days(env)}
    if env.get("SLACK_TOKEN") and env.get("SLACK_SIGNING_SECRET"):
        slack = {
            "slack_token": env["SLACK_TOKEN"],
            "slack_signing_secret": env["SLACK_SIGNING_SECRET"],
        }
        if env.get("SLACK_API_URL"):
            slack["api_url"] = env["SLACK_API_URL"]
        config[SLACK_CHANNEL] = slack
    return config


def slack_enabled(env: Mapping[str, str]) -> bool:
    return bool(env.get("SLACK_TOKEN") and env.get("SLACK_SIGNING_SECRET"))


def write_credentials(base_file: Path, env: Mapping[str, str], path: Path) -> Path:
    """Write the effective credentials for `env` to `path`."""
    base = yaml.safe_load(base_file.read_text()) or {}
    path.write_text(yaml.safe_dump(credentials_config(base, env), sort_keys=False))
    return path
