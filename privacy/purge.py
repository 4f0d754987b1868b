"""Delete conversations kept past their retention (`make purge`).

    python -m privacy.purge [--days N] [--endpoints endpoints.yml]

A conversation is deleted once its latest event is older than N days (default:
the RETENTION_DAYS environment variable, else 30), unless it holds an active
routine plan: then it is kept until two weeks after the plan's check-in date
if that is later (privacy/retention.py).
"""

import argparse
import json
import os
import sys
import time
from typing import Any, List

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.utils.endpoints import read_endpoint_config

from keepsakes.links import retention_days
from privacy.retention import DAY_SECONDS, PLAN_KEEP_DAYS, keep_until


def _kept_for_a_plan(
    store: SQLTrackerStore, session: Any, sender: str, days: float, now: float
) -> bool:
    """True if the conversation's plan keeps it past `now`."""
    event = store.SQLEvent
    rows = session.query(event.data).filter(event.sender_id == sender).order_by(event.id)
    return keep_until([json.loads(data) for (data,) in rows], days) > now


def purge(store: SQLTrackerStore, days: float, now: float) -> List[str]:
    """Delete conversations kept past their retention; the sender ids deleted."""
    cutoff = now - days * DAY_SECONDS
    # Idle since before this, no plan can keep a conversation any longer.
    beyond_any_plan = now - PLAN_KEEP_DAYS * DAY_SECONDS
    event = store.SQLEvent
    with store.session_scope() as session:
        idle = (
            session.query(event.sender_id, sa.func.max(event.timestamp))
            .group_by(event.sender_id)
            .all()
        )
        stale = [
            sender
            for sender, latest in idle
            if latest is not None
            and latest < cutoff
            and (
                latest < beyond_any_plan or not _kept_for_a_plan(store, session, sender, days, now)
            )
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
    parser.add_argument("--days", type=float, default=retention_days(os.environ))
    parser.add_argument("--endpoints", default="endpoints.yml")
    args = parser.parse_args()
    if args.days < 0:
        parser.error("--days must be zero or more")
    deleted = purge(store_from_endpoints(args.endpoints), args.days, time.time())
    print(
        f"Deleted {len(deleted)} conversation(s) idle for more than {args.days:g} days "
        "(and past any plan's check-in by two weeks)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
