"""`make purge` on PostgreSQL: the store comes from the same environment variables
as the servers' (launcher/endpoints.py), password included."""

import time

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from stores_support import stored_user_messages

from launcher.endpoints import main as write_effective_endpoints
from privacy.purge import purge, store_from_endpoints

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

    deleted = purge(store, 30, time.time())
    assert "purge-old" in deleted and "purge-recent" not in deleted
    assert stored_user_messages(postgres, "purge-old") == []
    assert stored_user_messages(postgres, "purge-recent") == ["knot between my shoulder blades"]
    store.engine.dispose()
