"""A conversation survives a crashed Rasa server: on SQLite and on PostgreSQL."""

import pytest
from rest_client import RestClient
from stores_support import no_store_fallback, stored_user_messages

from launcher.servers import free_port, running

pytestmark = pytest.mark.stores

HALF_WAY = ["knot between my shoulder blades", "no"]
REST_OF_IT = ["no", "yes, my fingers tingle", "yes"]


def continue_after_crash(servers) -> str:
    """Stop half-way through the questions, SIGKILL Rasa, start it, go on."""
    client = RestClient(servers.rasa_url, servers.token)
    sender = client.new_sender()
    for text in HALF_WAY:
        assert client.say(sender, text), f"no reply to {text!r}"
    assert client.slots(sender)["requested_slot"] == "neck_pain"

    servers.restart_rasa(0)

    tracker = client.tracker(sender)
    assert [e["text"] for e in tracker["events"] if e["event"] == "user"] == HALF_WAY
    slots = tracker["slots"]
    assert (slots["knot_location"], slots["red_flags"], slots["requested_slot"]) == (
        "mid_back",
        [],
        "neck_pain",
    )
    for text in REST_OF_IT:
        assert client.say(sender, text), f"no reply to {text!r}"
    slots = client.slots(sender)
    assert (slots["neck_pain"], slots["nerve_symptoms"]) == (False, True)
    assert slots["triage_outcome"] == "see_professional"
    assert slots["triage_reasons"] == ["nerve_symptoms"]
    no_store_fallback(servers.workdir)
    return sender


def test_restart_on_sqlite(model, tmp_path):
    database = tmp_path / "conversations.db"
    with running(
        free_port(),
        free_port(),
        model=model,
        workdir=tmp_path,
        tracker_db=database,
        env={"DB_HOST": "", "REDIS_HOST": ""},
    ) as servers:
        assert "dialect: sqlite" in servers.endpoints.read_text()
        continue_after_crash(servers)
    assert database.stat().st_size > 0


def test_restart_on_postgres(model, tmp_path, postgres):
    with running(free_port(), free_port(), model=model, workdir=tmp_path, env=postgres) as servers:
        written = servers.endpoints.read_text()
        assert "dialect: postgresql" in written
        assert postgres["DB_PASSWORD"] not in written, "the password belongs in the environment"
        sender = continue_after_crash(servers)
    assert stored_user_messages(postgres, sender) == HALF_WAY + REST_OF_IT
