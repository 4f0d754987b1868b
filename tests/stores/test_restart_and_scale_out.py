"""Conversations survive a crashed Rasa server, and two servers share one bot."""

import threading

import pytest

from cli.servers import free_port, running
from rest_client import RestClient

pytestmark = pytest.mark.stores

HALF_WAY = ["knot between my shoulder blades", "no, none of those"]
REST_OF_IT = ["no", "yes, my fingers tingle", "yes"]


def continue_after_crash(servers):
    client = RestClient(servers.rasa_url, servers.token)
    sender = client.new_sender()
    for text in HALF_WAY:
        client.say(sender, text)
    assert client.slots(sender)["requested_slot"] == "neck_pain"
    servers.restart_rasa(0)
    slots = client.slots(sender)
    assert (slots["knot_location"], slots["red_flags"], slots["requested_slot"]) == (
        "mid_back", [], "neck_pain")
    for text in REST_OF_IT:
        client.say(sender, text)
    slots = client.slots(sender)
    assert slots["triage_outcome"] == "see_professional"
    assert slots["triage_reasons"] == ["nerve_symptoms"]


def test_restart_on_sqlite(model, tmp_path):
    with running(free_port(), free_port(), model=model, workdir=tmp_path) as servers:
        continue_after_crash(servers)


def test_restart_on_postgres(model, tmp_path, postgres):
    with running(free_port(), free_port(), model=model, workdir=tmp_path, env=postgres) as servers:
        assert "postgresql" in servers.endpoints.read_text()
        continue_after_crash(servers)


SCRIPTS = [
    (["knot between my shoulder blades", "no", "no", "no", "yes"], "self_care_routine"),
    (["knot in my upper back", "no", "I also have crushing chest pain"], "emergency"),
    (["knot between my shoulder blades and my fingers tingle", "no", "yes my neck hurts", "no"],
     "see_professional"),
    (["knot in my lower back", "I've had a fever"], "urgent_care"),
]


def test_two_servers_share_postgres_and_redis(model, tmp_path, postgres, redis):
    env = {**postgres, **redis}
    with running(free_port(), free_port(), model=model, workdir=tmp_path, env=env,
                 more_rasa_ports=[free_port()]) as servers:
        assert "lock_store" in servers.endpoints.read_text()
        clients = [RestClient(url, servers.token) for url in servers.rasa_urls]
        conversations = [(clients[0].new_sender(), *SCRIPTS[i % len(SCRIPTS)]) for i in range(20)]
        errors = []

        def talk(sender, messages):
            try:
                for turn, text in enumerate(messages):
                    assert clients[turn % 2].say(sender, text), f"no reply to {text!r}"
            except Exception as error:  # noqa: BLE001 -- reported below
                errors.append(f"{sender}: {error!r}")

        threads = [threading.Thread(target=talk, args=(s, m)) for s, m, _ in conversations]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        assert not errors
        for sender, messages, outcome in conversations:
            tracker = clients[1].tracker(sender)
            said = [e["text"] for e in tracker["events"] if e["event"] == "user"]
            assert said == messages, f"{sender} lost or repeated turns"
            assert tracker["slots"]["triage_outcome"] == outcome
