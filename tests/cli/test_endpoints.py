"""The effective endpoints file from environment variables."""

from pathlib import Path

import yaml

from cli.endpoints import endpoints_config, write_endpoints

SQLITE = Path("/data/conversations.db")


def test_embedded_default_is_sqlite_without_a_lock_store():
    config = endpoints_config({}, SQLITE)
    assert config == {
        "action_endpoint": {"url": "http://localhost:5055/webhook"},
        "tracker_store": {"type": "privacy.tracker_store.ForgettingSQLTrackerStore",
                          "dialect": "sqlite", "db": "/data/conversations.db"},
    }


def test_postgres_and_redis_when_their_hosts_are_set():
    env = {"DB_HOST": "db", "DB_PORT": "6543", "DB_NAME": "triage", "DB_USER": "bot",
           "DB_PASSWORD": "pw", "REDIS_HOST": "cache", "REDIS_PORT": "6380",
           "ACTION_SERVER_URL": "http://actions:5055/webhook"}
    config = endpoints_config(env, SQLITE)
    assert config["action_endpoint"]["url"] == "http://actions:5055/webhook"
    assert config["tracker_store"] == {
        "type": "privacy.tracker_store.ForgettingSQLTrackerStore", "dialect": "postgresql",
        "url": "db", "port": 6543, "db": "triage", "username": "bot", "password": "pw"}
    assert config["lock_store"]["type"] == "redis"
    assert (config["lock_store"]["url"], config["lock_store"]["port"]) == ("cache", 6380)


def test_written_file_round_trips(tmp_path):
    path = write_endpoints({"REDIS_HOST": "127.0.0.1"}, SQLITE, tmp_path / "endpoints.yml")
    assert yaml.safe_load(path.read_text()) == endpoints_config({"REDIS_HOST": "127.0.0.1"}, SQLITE)
