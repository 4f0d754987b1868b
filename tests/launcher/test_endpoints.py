"""The effective endpoints file from environment variables."""

from pathlib import Path

import pytest
import yaml
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import read_endpoint_config

from launcher.endpoints import endpoints_config, main, write_endpoints

SQLITE = Path("/data/conversations.db")
TRACKER_STORE = "privacy.cached_tracker_store.CachedForgettingSQLTrackerStore"


def test_embedded_default_is_sqlite_without_a_lock_store():
    config = endpoints_config({}, SQLITE)
    assert config == {
        "action_endpoint": {
            "url": "http://localhost:5055/webhook",
            "enable_selective_domain": True,
        },
        "tracker_store": {
            "type": TRACKER_STORE,
            "dialect": "sqlite",
            "db": "/data/conversations.db",
        },
    }


def test_switches_turn_the_selective_domain_and_sqlite_wal_off():
    config = endpoints_config({"SELECTIVE_DOMAIN": "false", "SQLITE_WAL": "off"}, SQLITE)
    assert config["action_endpoint"] == {"url": "http://localhost:5055/webhook"}
    assert config["tracker_store"]["sqlite_wal"] is False
    # Not a setting of Rasa's own store (TRACKER_CACHE_SIZE=0) nor of PostgreSQL.
    uncached = endpoints_config({"SQLITE_WAL": "false", "TRACKER_CACHE_SIZE": "0"}, SQLITE)
    assert "sqlite_wal" not in uncached["tracker_store"]
    postgres = endpoints_config({"SQLITE_WAL": "false", "DB_HOST": "db"}, SQLITE)
    assert "sqlite_wal" not in postgres["tracker_store"]


def test_rasa_sends_the_domain_only_to_the_form_validators(tmp_path):
    """With the written endpoint, Rasa's call to an action carries the domain exactly
    when the action is a rasa-sdk validator (which reads the form's slots from it)."""
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa_sdk.executor import ActionExecutor
    from rasa_sdk.forms import ValidationAction

    root = Path(__file__).resolve().parents[2]
    domain = Domain.load(str(root / "domain.yml"))
    path = write_endpoints({}, SQLITE, tmp_path / "endpoints.yml")
    endpoint = read_endpoint_config(str(path), "action_endpoint")
    executor = ActionExecutor()
    executor.register_package("actions")
    custom = [name for name in domain.user_actions if not name.startswith("utter_")]
    assert set(custom) <= set(executor.actions)
    tracker = DialogueStateTracker("sam", domain.slots)
    sent = {
        name
        for name in custom
        if "domain" in RemoteAction(name, endpoint)._action_call_format(tracker, domain)
    }
    validators = {
        name for name in custom if isinstance(executor.actions[name].__self__, ValidationAction)
    }
    assert len(validators) == 5 and sent == validators


def test_tracker_cache_size_sets_the_cache_or_turns_it_off():
    sized = endpoints_config({"TRACKER_CACHE_SIZE": "50"}, SQLITE)["tracker_store"]
    assert (sized["type"], sized["cache_size"]) == (TRACKER_STORE, 50)
    off = endpoints_config({"TRACKER_CACHE_SIZE": "0"}, SQLITE)["tracker_store"]
    assert off == {
        "type": "privacy.tracker_store.ForgettingSQLTrackerStore",
        "dialect": "sqlite",
        "db": "/data/conversations.db",
    }
    with pytest.raises(ValueError, match="TRACKER_CACHE_SIZE"):
        endpoints_config({"TRACKER_CACHE_SIZE": "lots"}, SQLITE)


def test_empty_variables_count_as_unset():
    """`.env.example` copied as is (every value empty) gives the embedded default."""
    env = {
        name: ""
        for name in (
            "DB_HOST",
            "DB_PORT",
            "REDIS_HOST",
            "REDIS_PORT",
            "ACTION_SERVER_URL",
            "DB_PASSWORD",
            "TRACKER_CACHE_SIZE",
        )
    }
    assert endpoints_config(env, SQLITE) == endpoints_config({}, SQLITE)


def test_postgres_and_redis_when_their_hosts_are_set():
    env = {
        "DB_HOST": "db",
        "DB_PORT": "6543",
        "DB_NAME": "triage",
        "DB_USER": "bot",
        "DB_PASSWORD": "pw",
        "REDIS_HOST": "cache",
        "REDIS_PORT": "6380",
        "REDIS_PASSWORD": "rpw",
        "ACTION_SERVER_URL": "http://actions:5055/webhook",
    }
    config = endpoints_config(env, SQLITE)
    assert config["action_endpoint"]["url"] == "http://actions:5055/webhook"
    assert config["tracker_store"] == {
        "type": TRACKER_STORE,
        "dialect": "postgresql",
        "url": "db",
        "port": 6543,
        "db": "triage",
        "username": "bot",
        "password": "${DB_PASSWORD}",
    }
    assert config["lock_store"] == {
        "type": "redis",
        "url": "cache",
        "port": 6380,
        "db": 1,
        "key_prefix": "midback",
        "password": "${REDIS_PASSWORD}",
    }


def test_postgres_defaults_and_no_password_key_without_a_password():
    config = endpoints_config({"DB_HOST": "db", "REDIS_HOST": "cache"}, SQLITE)
    assert config["tracker_store"] == {
        "type": TRACKER_STORE,
        "dialect": "postgresql",
        "url": "db",
        "port": 5432,
        "db": "rasa",
        "username": "rasa",
    }
    assert "password" not in config["lock_store"]


def test_without_a_tracker_store_rasa_keeps_conversations_in_memory(tmp_path):
    env = {"DB_HOST": "db", "REDIS_HOST": "cache"}
    path = write_endpoints(env, SQLITE, tmp_path / "endpoints.yml", tracker_store=False)
    written = yaml.safe_load(path.read_text())
    assert "tracker_store" not in written
    assert written == {
        k: v for k, v in endpoints_config(env, SQLITE).items() if k != "tracker_store"
    }


def test_passwords_stay_out_of_the_file_and_rasa_fills_them_in(tmp_path, monkeypatch):
    env = {
        "DB_HOST": "db",
        "DB_PASSWORD": "s3cret pass",
        "REDIS_HOST": "cache",
        "REDIS_PASSWORD": "r3dis",
    }
    path = write_endpoints(env, SQLITE, tmp_path / "endpoints.yml")
    assert "s3cret" not in path.read_text() and "r3dis" not in path.read_text()
    monkeypatch.setenv("DB_PASSWORD", "s3cret pass")
    monkeypatch.setenv("REDIS_PASSWORD", "r3dis")
    assert read_endpoint_config(str(path), "tracker_store").kwargs["password"] == "s3cret pass"
    assert read_endpoint_config(str(path), "lock_store").kwargs["password"] == "r3dis"
    # Rasa will not start with a placeholder whose variable is unset.
    monkeypatch.delenv("DB_PASSWORD")
    with pytest.raises(RasaException, match="DB_PASSWORD"):
        read_endpoint_config(str(path), "tracker_store")


def test_written_file_is_what_rasa_reads(tmp_path):
    path = write_endpoints({"REDIS_HOST": "127.0.0.1"}, SQLITE, tmp_path / "endpoints.yml")
    assert yaml.safe_load(path.read_text()) == endpoints_config({"REDIS_HOST": "127.0.0.1"}, SQLITE)
    store = read_endpoint_config(str(path), "tracker_store")
    assert (store.type, store.kwargs["db"]) == (TRACKER_STORE, str(SQLITE))
    lock = read_endpoint_config(str(path), "lock_store")
    assert (lock.type, lock.url) == ("redis", "127.0.0.1")


def test_command_line_writes_the_file_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DB_HOST", "db.internal")
    monkeypatch.delenv("REDIS_HOST", raising=False)
    out = tmp_path / "run" / "endpoints.yml"
    assert main(["--out", str(out)]) == 0
    written = yaml.safe_load(out.read_text())
    assert written["tracker_store"]["url"] == "db.internal"
    assert "lock_store" not in written


def test_repository_endpoints_file_is_the_embedded_default():
    """endpoints.yml (what plain `rasa run` reads) says what the launcher writes
    when no variable is set."""
    static = yaml.safe_load((Path(__file__).resolve().parents[2] / "endpoints.yml").read_text())
    assert static == endpoints_config({}, Path("conversations.db"))
