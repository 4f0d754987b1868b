"""Looking at what Rasa stored: PostgreSQL rows, Redis commands, Rasa's logs."""

import json
from pathlib import Path
from typing import Dict, List

import redis
import sqlalchemy as sa


def postgres_url(env: Dict[str, str]) -> str:
    """An SQLAlchemy URL for the test database, to look at what Rasa stored."""
    return (
        f"postgresql://{env['DB_USER']}:{env['DB_PASSWORD']}@{env['DB_HOST']}:"
        f"{env['DB_PORT']}/{env['DB_NAME']}"
    )


def stored_user_messages(env: Dict[str, str], sender: str) -> List[str]:
    """The user messages of one conversation as PostgreSQL holds them, in order."""
    engine = sa.create_engine(postgres_url(env))
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text(
                    "SELECT data FROM events WHERE sender_id = :sender "
                    "AND type_name = 'user' ORDER BY id"
                ),
                {"sender": sender},
            )
            return [json.loads(data)["text"] for (data,) in rows]
    finally:
        engine.dispose()


def redis_calls(env: Dict[str, str], command: str) -> int:
    """How often Redis has run `command` (e.g. "set") since it started."""
    client = redis.Redis(
        host=env["REDIS_HOST"], port=int(env["REDIS_PORT"]), password=env["REDIS_PASSWORD"]
    )
    return client.info("commandstats").get(f"cmdstat_{command}", {}).get("calls", 0)


def no_store_fallback(workdir: Path) -> None:
    """Rasa falls back to an in-memory store, with only a warning, when it cannot
    load the configured one; fail if any Rasa log shows that."""
    for log in workdir.glob("rasa*.log"):
        assert "InMemoryTrackerStore" not in log.read_text(errors="replace"), log
