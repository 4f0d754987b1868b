"""Forget me: deletes only after a yes; a no keeps everything."""

from rasa_sdk.events import SlotSet
from sent_messages import responses, said

from actions.action_forget_me import FORGOTTEN_PAYLOAD, ActionForgetMe


async def test_confirmed_keeps_the_signal_for_the_store(tracker, dispatcher, domain):
    events = await ActionForgetMe().run(dispatcher, tracker({"forget_confirmed": True}), domain)
    assert events == []
    assert responses(dispatcher) == ["utter_forgotten"]
    assert said(domain, dispatcher)[0].startswith("Done: I've deleted this conversation")


async def test_in_the_web_chat_the_page_is_told_to_forget_too(tracker, dispatcher, domain):
    t = tracker({"forget_confirmed": True})
    t.events[0]["input_channel"] = "socketio"
    assert await ActionForgetMe().run(dispatcher, t, domain) == []
    assert [m["custom"] for m in dispatcher.messages] == [{}, FORGOTTEN_PAYLOAD]


async def test_declined_deletes_nothing_and_clears_the_answer(tracker, dispatcher, domain):
    events = await ActionForgetMe().run(dispatcher, tracker({"forget_confirmed": False}), domain)
    assert events == [SlotSet("forget_confirmed", None)]
    assert responses(dispatcher) == ["utter_not_forgotten"]
    assert "haven't deleted anything" in said(domain, dispatcher)[0]
