"""The endpoints file Rasa runs with, from environment variables.

Rasa's endpoints.yml can't give defaults or switch on a variable, so the
launcher writes the effective file: SQLite unless `DB_HOST` is set (then
PostgreSQL), Rasa's Redis lock store when `REDIS_HOST` is set, and the action
server from `ACTION_SERVER_URL`. `.env.example` lists every variable.
"""

from pathlib import Path
from typing import Any, Dict, Mapping

import yaml

TRACKER_STORE = "privacy.tracker_store.ForgettingSQLTrackerStore"
DEFAULT_ACTION_SERVER_URL = "http://localhost:5055/webhook"


def endpoints_config(env: Mapping[str, str], sqlite_file: Path) -> Dict[str, Any]:
    """The endpoints configuration for these environment variables."""
    if env.get("DB_HOST"):
        tracker_store = {
            "type": TRACKER_STORE,
            "dialect": "postgresql",
            "url": env["DB_HOST"],  # Rasa passes `url` on as the database host
            "port": int(env.get("DB_PORT", "5432")),
            "db": env.get("DB_NAME", "rasa"),
            "username": env.get("DB_USER", "rasa"),
            "password": env.get("DB_PASSWORD", ""),
        }
    else:
        tracker_store = {"type": TRACKER_STORE, "dialect": "sqlite", "db": str(sqlite_file)}
    config: Dict[str, Any] = {
        "action_endpoint": {"url": env.get("ACTION_SERVER_URL") or DEFAULT_ACTION_SERVER_URL},
        "tracker_store": tracker_store,
    }
    if env.get("REDIS_HOST"):
        config["lock_store"] = {
            "type": "redis",
            "url": env["REDIS_HOST"],
            "port": int(env.get("REDIS_PORT", "6379")),
            "db": int(env.get("REDIS_DB", "1")),
            "password": env.get("REDIS_PASSWORD") or None,
            "key_prefix": env.get("REDIS_KEY_PREFIX", "midback"),
        }
    return config


def write_endpoints(env: Mapping[str, str], sqlite_file: Path, path: Path) -> Path:
    """Write the endpoints file for `env` to `path`."""
    path.write_text(yaml.safe_dump(endpoints_config(env, sqlite_file), sort_keys=False))
    return path
