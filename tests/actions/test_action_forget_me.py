"""Forget me: deletes only after a yes; a no keeps everything."""

from rasa_sdk.events import SlotSet
from sent_messages import texts

from actions.action_forget_me import ActionForgetMe
from triage.ask_questions import question_message


async def test_confirmed_keeps_the_signal_for_the_store(tracker, dispatcher, domain):
    events = await ActionForgetMe().run(dispatcher, tracker({"forget_confirmed": True}), domain)
    assert events == []
    assert texts(dispatcher)[0].startswith("Done: I've deleted this conversation")


async def test_declined_deletes_nothing_and_clears_the_answer(tracker, dispatcher, domain):
    events = await ActionForgetMe().run(dispatcher, tracker({"forget_confirmed": False}), domain)
    assert events == [SlotSet("forget_confirmed", None)]
    assert "haven't deleted anything" in texts(dispatcher)[0]


def test_the_confirmation_question_warns_it_cannot_be_undone():
    message = question_message("forget_confirmed", {})
    assert "can't be undone" in message["text"]
    assert [b["payload"] for b in message["buttons"]] == ["/affirm", "/deny"]
