"""The tracker store's in-memory cache (privacy/cached_tracker_store.py): a kept tracker
is handed out only while the database holds exactly what it holds; another server's
writes, a deletion or a purge are seen. On SQLite files (two stores on one file are two
servers) and, for the two-server case, on PostgreSQL."""

import sqlite3
import time

import pytest
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import read_endpoint_config
from store_domain import DOMAIN

from launcher.endpoints import main as write_effective_endpoints
from privacy.cached_tracker_store import (
    CachedForgettingSQLTrackerStore,
    Entry,
    fresh,
    saved_as_expected,
)
from privacy.purge import purge
from privacy.tracker_store import ForgettingSQLTrackerStore


def sqlite_store(path, **kwargs):
    return CachedForgettingSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(path), **kwargs)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "conversations.db"


def user_texts(tracker):
    return [e.text for e in tracker.events if isinstance(e, UserUttered)]


def turn(tracker, text):
    """What a turn adds: the message, an action and its reply, then listening."""
    tracker.update(UserUttered(text))
    tracker.update(ActionExecuted("action_coach"))
    tracker.update(BotUttered(f"reply to {text}"))
    tracker.update(ActionExecuted("action_listen"))


async def started(store, sender, *texts):
    """A conversation as Rasa starts it (saved before the cache knows it), then retrieved."""
    tracker = DialogueStateTracker.from_events(
        sender,
        [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")],
        slots=DOMAIN.slots,
    )
    for text in texts:
        turn(tracker, text)
    await store.save(tracker)
    return await store.retrieve(sender)


# --- the freshness check ---------------------------------------------------------------


def entry(length=3, stamp=(5, 10, 100.0), handed_out=False):
    tracker = DialogueStateTracker.from_events(
        "x", [ActionExecuted("action_listen")] * length, slots=DOMAIN.slots
    )
    return Entry(tracker, stamp, length, handed_out)


def test_an_entry_is_fresh_only_with_the_same_stamp_unchanged_and_not_handed_out():
    assert fresh(entry(), (5, 10, 100.0))
    assert not fresh(entry(), (6, 11, 101.0))  # another server wrote
    assert not fresh(entry(), (5, 10, 101.0))  # same count and id, another timestamp
    assert not fresh(entry(), (0, None, None))  # deleted
    assert not fresh(entry(handed_out=True), (5, 10, 100.0))
    changed = entry()
    changed.tracker.update(UserUttered("changed but never saved"))
    assert not fresh(changed, (5, 10, 100.0))


def test_a_save_is_as_expected_only_when_the_stamp_grew_by_exactly_the_new_events():
    kept = entry(length=3, stamp=(5, 10, 100.0))
    for _ in range(2):
        kept.tracker.update(ActionExecuted("action_listen"))
    assert saved_as_expected(kept, kept.tracker, (7, 12, 101.0), session=5)
    assert not saved_as_expected(kept, kept.tracker, (8, 13, 101.0), session=5)  # one more
    assert not saved_as_expected(kept, kept.tracker, (7, 12, 101.0), session=4)  # new session
    assert not saved_as_expected(kept, kept.tracker, (7, 10, 101.0), session=5)  # ids reused
    unchanged = entry(length=3, stamp=(5, 10, 100.0))
    assert saved_as_expected(unchanged, unchanged.tracker, (5, 10, 100.0), session=3)
    assert not saved_as_expected(unchanged, unchanged.tracker, (5, 11, 100.0), session=3)


# --- one store ------------------------------------------------------------------------


async def test_a_saved_tracker_is_handed_out_again_and_holds_what_the_database_holds(db):
    store = sqlite_store(db)
    tracker = await started(store, "ann", "knot between my shoulder blades")
    turn(tracker, "next")
    await store.save(tracker)
    again = await store.retrieve("ann")
    assert again is tracker
    from_database = await sqlite_store(db).retrieve("ann")
    assert [e.as_dict() for e in again.events] == [e.as_dict() for e in from_database.events]


async def test_a_tracker_in_use_is_not_handed_to_a_second_caller(db):
    store = sqlite_store(db)
    tracker = await started(store, "ben", "hi")
    turn(tracker, "next")
    await store.save(tracker)
    first = await store.retrieve("ben")
    second = await store.retrieve("ben")
    assert first is tracker and second is not first
    assert user_texts(second) == user_texts(first)


async def test_a_tracker_changed_but_not_saved_is_read_again_from_the_database(db):
    store = sqlite_store(db)
    tracker = await started(store, "cat", "hi")
    await store.save(tracker)
    tracker = await store.retrieve("cat")
    turn(tracker, "a turn that failed half-way")  # never saved
    await store.save(await store.retrieve("cat"))  # another object: the cache lets go
    assert user_texts(await store.retrieve("cat")) == ["hi"]


async def test_forget_me_deletes_and_the_cache_forgets_too(db):
    store = sqlite_store(db)
    tracker = await started(store, "dan", "knot between my shoulder blades")
    await store.save(tracker)
    tracker = await store.retrieve("dan")
    tracker.update(SlotSet("forget_confirmed", True))
    await store.save(tracker)
    assert await store.retrieve("dan") is None
    assert await sqlite_store(db).retrieve("dan") is None


async def test_the_cache_keeps_at_most_cache_size_conversations(db):
    store = sqlite_store(db, cache_size=2)
    for sender in ("e1", "e2", "e3"):
        await store.save(await started(store, sender, "hi"))
    assert list(store._entries) == ["e2", "e3"]
    off = sqlite_store(db, cache_size=0)
    tracker = await off.retrieve("e1")
    await off.save(tracker)
    assert await off.retrieve("e1") is not tracker


async def test_a_new_domain_empties_the_cache(db):
    store = sqlite_store(db)
    tracker = await started(store, "fay", "hi")
    await store.save(tracker)
    store.domain = DOMAIN
    assert store.domain is DOMAIN
    assert await store.retrieve("fay") is not tracker


# --- two servers on one database --------------------------------------------------------


async def two_servers_take_turns(server_a, server_b, sender):
    """A caches, B writes, A must see B's events; then the other way round."""
    tracker = await started(server_a, sender, "knot between my shoulder blades")
    await server_a.save(tracker)
    cached = await server_a.retrieve(sender)
    turn(cached, "next")
    await server_a.save(cached)  # A now keeps it

    on_b = await server_b.retrieve(sender)
    turn(on_b, "back")
    await server_b.save(on_b)

    on_a = await server_a.retrieve(sender)
    assert on_a is not cached
    assert user_texts(on_a) == ["knot between my shoulder blades", "next", "back"]
    turn(on_a, "repeat")
    await server_a.save(on_a)
    assert user_texts(await server_b.retrieve(sender)) == [
        "knot between my shoulder blades",
        "next",
        "back",
        "repeat",
    ]


async def test_a_sees_what_b_wrote_since_on_sqlite(db):
    await two_servers_take_turns(sqlite_store(db), sqlite_store(db), "gus")


async def test_a_sees_that_b_forgot_the_conversation(db):
    server_a, server_b = sqlite_store(db), sqlite_store(db)
    tracker = await started(server_a, "hal", "hi")
    await server_a.save(tracker)
    on_b = await server_b.retrieve("hal")
    on_b.update(SlotSet("forget_confirmed", True))
    await server_b.save(on_b)
    assert await server_a.retrieve("hal") is None


async def test_a_sees_the_purge(db):
    store = sqlite_store(db)
    long_ago = time.time() - 40 * 86400
    events = [
        ActionExecuted("action_listen", timestamp=long_ago),
        UserUttered("hi", timestamp=long_ago),
    ]
    await store.save(DialogueStateTracker.from_events("ivy", events, slots=DOMAIN.slots))
    kept = await store.retrieve("ivy")
    await store.save(kept)
    assert await store.retrieve("ivy") is kept
    await store.save(kept)
    assert purge(sqlite_store(db), days=30, now=time.time()) == ["ivy"]
    assert await store.retrieve("ivy") is None


@pytest.mark.stores
async def test_a_sees_what_b_wrote_since_on_postgres(postgres, tmp_path, monkeypatch):
    for name, value in postgres.items():
        monkeypatch.setenv(name, value)
    endpoints = tmp_path / "endpoints.yml"
    write_effective_endpoints(["--out", str(endpoints)])
    config = read_endpoint_config(str(endpoints), "tracker_store")
    assert config.type == "privacy.cached_tracker_store.CachedForgettingSQLTrackerStore"
    # Two servers: two stores, each with its own cache, on one database.
    servers = [
        CachedForgettingSQLTrackerStore(domain=DOMAIN, host=config.url, **config.kwargs)
        for _ in range(2)
    ]
    try:
        assert all(s.engine.url.get_backend_name() == "postgresql" for s in servers)
        await two_servers_take_turns(*servers, f"pg-{time.time_ns()}")
    finally:
        for store in servers:
            store.engine.dispose()


async def test_a_kept_tracker_is_stored_row_for_row_as_rasa_stores_it(tmp_path):
    def rows(path):
        with sqlite3.connect(path) as connection:
            return connection.execute(
                "SELECT sender_id, type_name, timestamp, intent_name, action_name, data "
                "FROM events ORDER BY id"
            ).fetchall()

    stores = [
        sqlite_store(tmp_path / "cached.db"),
        ForgettingSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "rasa.db")),
    ]
    events = [ActionExecuted("action_session_start"), SessionStarted()]
    for store in stores:
        await store.save(DialogueStateTracker.from_events("jo", events, slots=DOMAIN.slots))
    for text in ("knot", "next", "back", "repeat"):
        additions = []
        for store in stores:
            tracker = await store.retrieve("jo")
            before = len(tracker.events)
            if not additions:
                turn(tracker, text)
                additions = [tracker.events[i] for i in range(before, len(tracker.events))]
            else:
                for event in additions:
                    tracker.update(event)
            await store.save(tracker)
    assert stores[0]._entries["jo"].tracker.events[-1] is additions[-1]  # saved while kept
    assert rows(tmp_path / "cached.db") == rows(tmp_path / "rasa.db")


async def test_sqlite_commits_in_wal_mode_synced_at_checkpoints_unless_told_not_to(tmp_path):
    wal = sqlite_store(tmp_path / "wal.db")
    with wal.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    rollback = sqlite_store(tmp_path / "rollback.db", sqlite_wal=False)
    with rollback.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    # The mode is the file's: another process opening it reads what was committed.
    tracker = DialogueStateTracker("sam", DOMAIN.slots)
    turn(tracker, "hello")
    await wal.save(tracker)
    with sqlite3.connect(tmp_path / "wal.db") as other:
        assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        count = other.execute("SELECT count(*) FROM events WHERE sender_id = 'sam'").fetchone()
    assert count == (len(tracker.events),)
