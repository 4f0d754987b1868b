"""Deleting conversations from a real SQLite tracker store: on request and by age."""

import time

import pytest
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from store_domain import DOMAIN

from privacy.cached_tracker_store import CachedForgettingSQLTrackerStore
from privacy.purge import purge, store_from_endpoints
from privacy.tracker_store import ForgettingSQLTrackerStore


@pytest.fixture(params=[ForgettingSQLTrackerStore, CachedForgettingSQLTrackerStore])
def store(request, tmp_path):
    """Each store class: Rasa's reading of the database, and the one that caches it."""
    return request.param(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "t.db"))


def tracker(sender, *texts, timestamp=None):
    events = [UserUttered(text, timestamp=timestamp) for text in texts]
    return DialogueStateTracker.from_events(sender, events, slots=DOMAIN.slots)


async def test_confirmed_forget_me_deletes_the_conversation_and_nothing_else(store):
    await store.save(tracker("alice", "knot between my shoulder blades", "no"))
    await store.save(tracker("bob", "knot in my lower back"))
    alice = await store.retrieve("alice")
    await store.save(alice)  # the cached store now keeps it
    alice = await store.retrieve("alice")
    alice.update(UserUttered("forget me"))
    alice.update(SlotSet("forget_confirmed", True))
    await store.save(alice)
    assert await store.retrieve("alice") is None
    bob = await store.retrieve("bob")
    assert [e.text for e in bob.events if isinstance(e, UserUttered)] == ["knot in my lower back"]


async def test_declined_forget_me_keeps_the_conversation(store):
    kept = tracker("carol", "knot between my shoulder blades")
    kept.update(SlotSet("forget_confirmed", False))
    await store.save(kept)
    assert (await store.retrieve("carol")) is not None


async def test_purge_deletes_only_conversations_idle_longer_than_retention(store):
    now = time.time()
    await store.save(tracker("old", "knot", timestamp=now - 40 * 86400))
    await store.save(tracker("recent", "knot", timestamp=now - 5 * 86400))
    assert purge(store, days=30, now=now) == ["old"]
    assert await store.retrieve("old") is None
    assert await store.retrieve("recent") is not None
    assert purge(store, days=30, now=now) == []


def test_purge_reads_the_store_from_an_endpoints_file(tmp_path):
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        "tracker_store:\n  type: privacy.tracker_store.ForgettingSQLTrackerStore\n"
        f"  dialect: sqlite\n  db: {tmp_path / 'x.db'}\n"
    )
    assert store_from_endpoints(str(endpoints)).engine.url.database == str(tmp_path / "x.db")


def test_purge_refuses_a_non_sql_store(tmp_path):
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text("tracker_store:\n  type: redis\n")
    with pytest.raises(SystemExit):
        store_from_endpoints(str(endpoints))
