"""The forgetting SQL tracker store, with the last tracker of each conversation kept in memory.

Rasa's SQL tracker store reads every event of the session and replays it into a
new tracker on every turn, so a turn costs more the longer the conversation.
This store keeps the tracker it last saved (or loaded) for each conversation and
hands it out again while the database still holds exactly what that tracker
holds. Before each hand-out one indexed query reads the conversation's
*stamp*: the number of stored events, the highest event id and the latest
timestamp. Any write by another server (or process) since, any deletion
(forget me, the retention purge) changes the stamp, and the tracker is then
read from the database as Rasa reads it.

Rasa's lock store serialises the turns of a conversation (Redis when several
servers run), so between two turns of one conversation only one server writes.
A tracker is handed out to one caller at a time; a second caller meanwhile gets
its own copy from the database. A tracker changed but not saved (a turn that
failed half-way) has more events than when it was cached and is never handed
out again. Saving a kept tracker writes the events added since it was kept
(checked against the stamp first; Rasa's own save counts the stored session to
find them), and the tracker is kept again only if the stamp grew by exactly the
events written and no new session started: otherwise someone else wrote in
between, and the next turn reads the database.

Configure it in the endpoints file with
`type: privacy.cached_tracker_store.CachedForgettingSQLTrackerStore`, the usual
SQL tracker store settings and optionally `cache_size` (conversations kept,
default 500; 0 turns the cache off).

On SQLite the store commits in WAL mode with `synchronous=NORMAL` (`sqlite_wal:
false` for SQLite's rollback journal, which syncs the disk at every commit): a
commit then appends to the write-ahead log without waiting for the disk. A
committed turn survives a crash or SIGKILL of the process (the log is in the
operating system's hands); a power loss or an operating system crash may lose the
latest commits, never the database's consistency.
"""

import json
import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Optional, Tuple

import sqlalchemy as sa
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from privacy.tracker_store import FORGET_CONFIRMED, ForgettingSQLTrackerStore

logger = logging.getLogger(__name__)

DEFAULT_CACHE_SIZE = 500
# (number of stored events, highest event id, latest timestamp) of one conversation
Stamp = Tuple[int, Optional[int], Optional[float]]


@dataclass
class Entry:
    """A tracker, the stamp of the stored events it holds, and its length then."""

    tracker: DialogueStateTracker
    stamp: Stamp
    length: int
    handed_out: bool


def fresh(entry: Entry, stamp: Stamp) -> bool:
    """Whether `entry` may be handed out: not in use, nothing changed in the
    database since it was stored, and not changed in memory without being saved."""
    return (
        not entry.handed_out and entry.stamp == stamp and len(entry.tracker.events) == entry.length
    )


def saved_as_expected(
    entry: Entry, tracker: DialogueStateTracker, after: Stamp, session: int
) -> bool:
    """Whether the database, after saving `tracker`, holds exactly what `tracker` holds:
    the stamp grew by the events added since `entry` and nothing else, and the stored
    session has as many events as the tracker."""
    added = len(tracker.events) - entry.length
    count, highest, _ = after
    before_count, before_highest, _ = entry.stamp
    grew = highest == before_highest if added == 0 else (highest or 0) > (before_highest or 0)
    return count == before_count + added and grew and session == len(tracker.events)


def write_ahead_log(connection: Any, _record: Any) -> None:
    """Set a new SQLite connection to WAL mode, synced at checkpoints, not at commits."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class CachedForgettingSQLTrackerStore(ForgettingSQLTrackerStore):
    """`ForgettingSQLTrackerStore` that reuses a conversation's tracker between turns
    while a cheap check shows the database unchanged since."""

    def __init__(
        self,
        *args: Any,
        cache_size: int = DEFAULT_CACHE_SIZE,
        sqlite_wal: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.cache_size = int(cache_size)
        self._entries: "OrderedDict[str, Entry]" = OrderedDict()
        if sqlite_wal and self.engine.dialect.name == "sqlite":
            self._keep_sqlite_connections()

    def _keep_sqlite_connections(self) -> None:
        """Pooled SQLite connections in WAL mode. SQLAlchemy 1.4 opens a new connection
        for each session on a SQLite file; in WAL mode closing the last one checkpoints
        the log into the database, which would be a sync per turn again. As SQLAlchemy 2
        does for files, connections are pooled and may serve any thread (one at a time)."""
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(
            url, poolclass=QueuePool, connect_args={"check_same_thread": False}
        )
        sa.event.listen(self.engine, "connect", write_ahead_log)
        self.sessionmaker = sessionmaker(bind=self.engine)

    @property
    def domain(self) -> Domain:
        return self._domain

    @domain.setter
    def domain(self, domain: Optional[Domain]) -> None:
        # Trackers are built with the domain's slots: a new model starts afresh.
        TrackerStore.domain.fset(self, domain)
        self._entries = OrderedDict()

    def stamp(self, sender_id: str) -> Stamp:
        """What changes whenever an event of the conversation is written or deleted."""
        with self.session_scope() as session:
            return self._stamp(session, sender_id)

    def _stamp(self, session: Any, sender_id: str) -> Stamp:
        event = self.SQLEvent
        count, highest, latest = (
            session.query(
                sa.func.count(event.id), sa.func.max(event.id), sa.func.max(event.timestamp)
            )
            .filter(event.sender_id == sender_id)
            .one()
        )
        return int(count), highest, latest

    def _keep(self, sender_id: str, entry: Entry) -> None:
        if self.cache_size <= 0:
            return
        self._entries[sender_id] = entry
        self._entries.move_to_end(sender_id)
        while len(self._entries) > self.cache_size:
            self._entries.popitem(last=False)

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        """The latest session's tracker: the kept one if the database is unchanged."""
        stamp = self.stamp(sender_id)
        entry = self._entries.get(sender_id)
        if entry is not None and fresh(entry, stamp):
            entry.handed_out = True
            self._entries.move_to_end(sender_id)
            return entry.tracker
        tracker = await super().retrieve(sender_id)
        if tracker is None:
            self._entries.pop(sender_id, None)
        else:
            # Stamped before reading: a write in between makes the stamp look older,
            # which can only cause a needless read later, never a stale tracker.
            self._keep(sender_id, Entry(tracker, stamp, len(tracker.events), handed_out=True))
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Save as Rasa does (or forget); keep the tracker if the database now holds it.

        For a kept tracker whose stamp is unchanged, the events to write are those
        added since it was kept; Rasa would count the stored session to find them.
        """
        entry = self._entries.pop(tracker.sender_id, None)
        if (
            entry is None
            or entry.tracker is not tracker
            or self.cache_size <= 0
            or tracker.get_slot(FORGET_CONFIRMED) is True
        ):
            await super().save(tracker)
            return
        await self.stream_events(tracker)
        new = [tracker.events[i] for i in range(entry.length, len(tracker.events))]
        with self.session_scope() as session:
            if self._stamp(session, tracker.sender_id) != entry.stamp:
                session.close()
                await super().save(tracker)
                return
            for event in new:
                session.add(self._row(tracker.sender_id, event))
            session.commit()
            after = self._stamp(session, tracker.sender_id)
        stored = entry.length + len(new)
        if any(isinstance(event, SessionStarted) for event in new):
            return  # the stored session now starts later than the tracker
        if saved_as_expected(entry, tracker, after, stored):
            self._keep(tracker.sender_id, Entry(tracker, after, len(tracker.events), False))

    def _row(self, sender_id: str, event: Any) -> Any:
        """The stored row of an event, as Rasa's `SQLTrackerStore.save` writes it."""
        data = event.as_dict()
        return self.SQLEvent(
            sender_id=sender_id,
            type_name=event.type_name,
            timestamp=data.get("timestamp"),
            intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            action_name=data.get("name"),
            data=json.dumps(data),
        )

    def delete(self, sender_id: str) -> int:
        """Delete the conversation from the database and from memory."""
        self._entries.pop(sender_id, None)
        return super().delete(sender_id)
