"""The endpoints file Rasa runs with, from environment variables.

Rasa's endpoints.yml can't give defaults or switch on a variable, so the
launcher writes the effective file: SQLite unless `DB_HOST` is set (then
PostgreSQL), Rasa's Redis lock store when `REDIS_HOST` is set, and the action
server from `ACTION_SERVER_URL`. `.env.example` lists every variable. The
tracker store keeps each conversation's tracker in memory between turns
(`TRACKER_CACHE_SIZE` conversations, default 500; 0: Rasa's SQL tracker store
reads the whole session every turn, as before). On SQLite it commits in WAL mode
with `synchronous=NORMAL` (`SQLITE_WAL=false`: Rasa's rollback journal, a sync per
commit). The action server gets the domain only for the actions that need it
(`SELECTIVE_DOMAIN=false`: with every call, as Rasa does by default).

Passwords never land in the file: it holds `${DB_PASSWORD}` /
`${REDIS_PASSWORD}`, which Rasa fills in from its own environment when it
reads the file. Rasa refuses to start when such a variable is unset (and only
expands unquoted values), so the placeholder is written only when the password
is set, and the key is left out otherwise.

    python -m launcher.endpoints [--out FILE] [--sqlite conversations.db]
"""

import argparse
import os
import sys
from pathlib import Path
from typing import Any, Dict, Mapping, Optional

import yaml

TRACKER_STORE = "privacy.cached_tracker_store.CachedForgettingSQLTrackerStore"
UNCACHED_TRACKER_STORE = "privacy.tracker_store.ForgettingSQLTrackerStore"
DEFAULT_ACTION_SERVER_URL = "http://localhost:5055/webhook"
DEFAULT_SQLITE_FILE = Path(__file__).resolve().parent.parent / "conversations.db"


def _secret(env: Mapping[str, str], name: str) -> Optional[str]:
    """Rasa's placeholder for a set secret, which Rasa expands at start-up; else None."""
    return f"${{{name}}}" if env.get(name) else None


def _off(env: Mapping[str, str], name: str) -> bool:
    """Whether the switch `name` is set to false, no, off or 0 (unset: on)."""
    return (env.get(name) or "true").strip().lower() in ("0", "false", "no", "off")


def _tracker_store_type(env: Mapping[str, str]) -> Dict[str, Any]:
    """The store's class (and cache size): uncached when TRACKER_CACHE_SIZE is 0."""
    size = (env.get("TRACKER_CACHE_SIZE") or "").strip()
    if not size:
        return {"type": TRACKER_STORE}
    if not size.isdigit():
        raise ValueError(f"TRACKER_CACHE_SIZE must be a whole number, not {size!r}")
    if int(size) == 0:
        return {"type": UNCACHED_TRACKER_STORE}
    return {"type": TRACKER_STORE, "cache_size": int(size)}


def endpoints_config(
    env: Mapping[str, str], sqlite_file: Path, tracker_store: bool = True
) -> Dict[str, Any]:
    """The endpoints configuration for these environment variables.

    `tracker_store=False` leaves the tracker store out: Rasa then keeps
    conversations in its own memory (lost on restart; for benchmarks only).
    """
    if env.get("DB_HOST"):
        store = {
            **_tracker_store_type(env),
            "dialect": "postgresql",
            "url": env["DB_HOST"],  # Rasa passes `url` on as the database host
            "port": int(env.get("DB_PORT") or 5432),
            "db": env.get("DB_NAME") or "rasa",
            "username": env.get("DB_USER") or "rasa",
        }
        if _secret(env, "DB_PASSWORD"):
            store["password"] = _secret(env, "DB_PASSWORD")
    else:
        store = {**_tracker_store_type(env), "dialect": "sqlite", "db": str(sqlite_file)}
        if store["type"] == TRACKER_STORE and _off(env, "SQLITE_WAL"):
            store["sqlite_wal"] = False
    action_endpoint: Dict[str, Any] = {
        "url": env.get("ACTION_SERVER_URL") or DEFAULT_ACTION_SERVER_URL
    }
    if not _off(env, "SELECTIVE_DOMAIN"):
        # Rasa then sends the domain only to `validate_*` actions and those marked
        # `send_domain: true` in domain.yml.
        action_endpoint["enable_selective_domain"] = True
    config: Dict[str, Any] = {"action_endpoint": action_endpoint}
    if tracker_store:
        config["tracker_store"] = store
    if env.get("REDIS_HOST"):
        lock_store = {
            "type": "redis",
            "url": env["REDIS_HOST"],
            "port": int(env.get("REDIS_PORT") or 6379),
            "db": int(env.get("REDIS_DB") or 1),
            "key_prefix": env.get("REDIS_KEY_PREFIX") or "midback",
        }
        if _secret(env, "REDIS_PASSWORD"):
            lock_store["password"] = _secret(env, "REDIS_PASSWORD")
        config["lock_store"] = lock_store
    return config


def endpoints_yaml(env: Mapping[str, str], sqlite_file: Path, tracker_store: bool = True) -> str:
    """The endpoints file's text (PyYAML leaves `${...}` unquoted, as Rasa needs)."""
    return yaml.safe_dump(endpoints_config(env, sqlite_file, tracker_store), sort_keys=False)


def write_endpoints(
    env: Mapping[str, str], sqlite_file: Path, path: Path, tracker_store: bool = True
) -> Path:
    """Write the endpoints file for `env` to `path`."""
    path.write_text(endpoints_yaml(env, sqlite_file, tracker_store))
    return path


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, help="write here (default: print)")
    parser.add_argument(
        "--sqlite",
        type=Path,
        default=DEFAULT_SQLITE_FILE,
        help="the SQLite file when DB_HOST is unset",
    )
    args = parser.parse_args(argv)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_endpoints(os.environ, args.sqlite.resolve(), args.out)
    else:
        sys.stdout.write(endpoints_yaml(os.environ, args.sqlite.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
