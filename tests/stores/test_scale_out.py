"""Two Rasa servers behind one bot, sharing PostgreSQL (conversations) and Redis
(Rasa's lock store); and an action server that crashes mid-conversation."""

import threading

import pytest
from rest_client import RestClient
from stores_support import no_store_fallback, redis_calls, stored_user_messages

from launcher.servers import free_port, running

pytestmark = pytest.mark.stores

SCRIPTS = [
    (["knot between my shoulder blades", "no", "no", "no", "yes"], "self_care_routine"),
    (["knot in my upper back", "no", "I also have crushing chest pain"], "emergency"),
    (
        ["knot between my shoulder blades and my fingers tingle", "no", "yes my neck hurts", "no"],
        "see_professional",
    ),
]
CONVERSATIONS = 20


@pytest.fixture(scope="module")
def servers(model, tmp_path_factory, postgres, redis):
    workdir = tmp_path_factory.mktemp("scale-out")
    with running(
        free_port(),
        free_port(),
        model=model,
        workdir=workdir,
        env={**postgres, **redis},
        more_rasa_ports=[free_port()],
    ) as started:
        written = started.endpoints.read_text()
        assert "dialect: postgresql" in written and "lock_store" in written
        yield started
        no_store_fallback(workdir)


@pytest.fixture(scope="module")
def clients(servers):
    return [RestClient(url, servers.token) for url in servers.rasa_urls]


def test_concurrent_conversations_alternate_between_two_servers(clients, postgres, redis):
    conversations = [
        (RestClient.new_sender(), *SCRIPTS[i % len(SCRIPTS)]) for i in range(CONVERSATIONS)
    ]
    errors = []
    locks_before = redis_calls(redis, "set")

    def talk(number, sender, messages):
        try:
            for turn, text in enumerate(messages):
                # Every turn goes to the other server than the one before it.
                assert clients[(number + turn) % 2].say(sender, text), f"no reply to {text!r}"
        except Exception as error:  # noqa: BLE001 -- reported below
            errors.append(f"{sender}: {error!r}")

    threads = [
        threading.Thread(target=talk, args=(number, sender, messages))
        for number, (sender, messages, _) in enumerate(conversations)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads), "a conversation hung"
    assert not errors

    for number, (sender, messages, outcome) in enumerate(conversations):
        # Ask the server that did not take the last turn.
        tracker = clients[(number + len(messages)) % 2].tracker(sender)
        said = [e["text"] for e in tracker["events"] if e["event"] == "user"]
        assert said == messages, f"{sender} lost, repeated or reordered turns"
        assert stored_user_messages(postgres, sender) == messages
        assert tracker["slots"]["triage_outcome"] == outcome, sender
    # Each turn took its conversation's lock in Redis (Rasa's RedisLockStore).
    turns = sum(len(messages) for _, messages, _ in conversations)
    assert redis_calls(redis, "set") - locks_before >= turns


def test_action_server_restarted_mid_conversation(servers, clients):
    sender = RestClient.new_sender()
    assert clients[0].say(sender, "knot between my shoulder blades")

    servers.restart_actions()

    replies = clients[1].say(sender, "no")
    assert any(r.get("text", "").startswith("Question 3 of 5") for r in replies), replies
    for turn, text in enumerate(["no", "no", "yes"]):
        assert clients[turn % 2].say(sender, text)
    slots = clients[0].slots(sender)
    assert (slots["red_flags"], slots["triage_outcome"]) == ([], "self_care_routine")
