"""'Forget me' over REST removes the conversation from the tracker store itself."""

import sqlite3

import pytest

pytestmark = pytest.mark.e2e


def stored_events(assistant, sender):
    with sqlite3.connect(assistant.logs / "conversations.db") as db:
        return db.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[
            0
        ]


def test_confirmed_forget_me_deletes_the_stored_conversation(assistant):
    sender = assistant.new_sender()
    other = assistant.new_sender()
    assistant.say(other, "knot in my lower back")
    assistant.say(sender, "knot between my shoulder blades, my neck is sore")
    assert stored_events(assistant, sender) > 0
    replies = assistant.say(sender, "please delete my data")
    assert "can't be undone" in replies[-1]["text"]
    replies = assistant.say(sender, "yes")
    assert replies[-1]["text"].startswith("Done: I've deleted this conversation")
    assert stored_events(assistant, sender) == 0
    assert stored_events(assistant, other) > 0


def test_declined_forget_me_keeps_everything(assistant):
    sender = assistant.new_sender()
    assistant.say(sender, "knot between my shoulder blades")
    assistant.say(sender, "forget me")
    assistant.say(sender, "no, keep it")
    assert stored_events(assistant, sender) > 0
    assert assistant.slots(sender)["knot_location"] == "mid_back"
