"""Start over: the answers are forgotten, the intro is not given again."""

from rasa_sdk.events import ActiveLoop, AllSlotsReset, SlotSet
from sent_messages import responses, said

from actions.action_start_over import ActionStartOver


async def test_start_over_forgets_the_answers(tracker, dispatcher, domain):
    events = await ActionStartOver().run(dispatcher, tracker({"neck_pain": True}), domain)
    assert events == [ActiveLoop(None), AllSlotsReset(), SlotSet("intro_given", True)]
    assert responses(dispatcher) == ["utter_starting_over"]
    assert "start again" in said(domain, dispatcher)[0]
