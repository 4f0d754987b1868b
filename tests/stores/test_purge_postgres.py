"""`make purge` on PostgreSQL: the store comes from the same environment variables
as the servers' (launcher/endpoints.py), password included; a conversation with a
plan checked in late is kept."""

import time

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from stores_support import stored_user_messages

from launcher.endpoints import main as write_effective_endpoints
from privacy.purge import purge, store_from_endpoints
from triage.contract import ROUTINE_VARIANT, SELF_CARE_ROUTINE, TRIAGE_OUTCOME

pytestmark = pytest.mark.stores


async def test_purge_reaches_postgres(postgres, tmp_path, monkeypatch):
    for name, value in postgres.items():
        monkeypatch.setenv(name, value)
    endpoints = tmp_path / "endpoints.yml"
    write_effective_endpoints(["--out", str(endpoints)])

    store = store_from_endpoints(str(endpoints))
    assert store.engine.url.get_backend_name() == "postgresql"
    day = 86400
    for sender, age_days in (("purge-old", 40), ("purge-recent", 1)):
        events = [
            UserUttered("knot between my shoulder blades", timestamp=time.time() - age_days * day)
        ]
        await store.save(
            DialogueStateTracker.from_events(sender, events, slots=Domain.empty().slots)
        )

    # The routine was given 35 days ago: the check-in was a week ago, two weeks' grace.
    given = time.time() - 35 * day
    plan = [
        UserUttered("yes", timestamp=given - 60),
        SlotSet(TRIAGE_OUTCOME, SELF_CARE_ROUTINE, timestamp=given),
        SlotSet(ROUTINE_VARIANT, "standing_at_wall", timestamp=given),
    ]
    await store.save(DialogueStateTracker.from_events("purge-plan", plan, slots=[]))

    deleted = purge(store, 30, time.time())
    assert "purge-old" in deleted and "purge-recent" not in deleted
    assert "purge-plan" not in deleted
    assert stored_user_messages(postgres, "purge-plan") == ["yes"]
    assert "purge-plan" in purge(store, 30, given + 28 * day + 16 * day), "until two weeks after"
    assert stored_user_messages(postgres, "purge-old") == []
    assert stored_user_messages(postgres, "purge-recent") == ["knot between my shoulder blades"]
    store.engine.dispose()
