"""Delete conversations older than the retention period (`make purge`).

    python -m privacy.purge [--days N] [--endpoints endpoints.yml]

A conversation is deleted when its latest event is older than N days
(default: the RETENTION_DAYS environment variable, else 30).
"""

import argparse
import os
import sys
import time
from typing import List

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.utils.endpoints import read_endpoint_config

DEFAULT_RETENTION_DAYS = 30


def purge(store: SQLTrackerStore, days: float, now: float) -> List[str]:
    """Delete conversations idle for more than `days`; the sender ids deleted."""
    cutoff = now - days * 86400
    event = store.SQLEvent
    with store.session_scope() as session:
        stale = [
            sender
            for sender, latest in session.query(
                event.sender_id, sa.func.max(event.timestamp)
            ).group_by(event.sender_id)
            if latest is not None and latest < cutoff
        ]
        if stale:
            session.query(event).filter(event.sender_id.in_(stale)).delete(
                synchronize_session=False
            )
            session.commit()
    return stale


def store_from_endpoints(path: str) -> SQLTrackerStore:
    """The SQL tracker store an endpoints file configures."""
    config = read_endpoint_config(path, "tracker_store")
    if config is None or "sql" not in str(config.type).lower():
        raise SystemExit(f"{path} does not configure an SQL tracker store")
    # Rasa keeps the database host in `url` (PostgreSQL); SQLite has none.
    return SQLTrackerStore(host=config.url, **config.kwargs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--days",
        type=float,
        default=float(os.environ.get("RETENTION_DAYS", DEFAULT_RETENTION_DAYS)),
    )
    parser.add_argument("--endpoints", default="endpoints.yml")
    args = parser.parse_args()
    if args.days < 0:
        parser.error("--days must be zero or more")
    deleted = purge(store_from_endpoints(args.endpoints), args.days, time.time())
    print(f"Deleted {len(deleted)} conversation(s) idle for more than {args.days:g} days.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
