"""The coach action: next, back, repeat, all steps and "it hurts"."""

import pytest
from rasa_sdk.events import SlotSet
from sent_messages import texts

from actions.action_coach import ActionCoach

COACH = ["Next", "Repeat", "Back", "Show all steps", "It hurts"]


async def test_coach_action_moves_through_the_steps(tracker, dispatcher, domain):
    t = tracker(
        {"routine_variant": "standing_at_wall", "coach_step": 1.0}, text="next", intent="next_step"
    )
    events = await ActionCoach().run(dispatcher, t, domain)
    assert events == [SlotSet("coach_step", 2)]
    assert texts(dispatcher)[0].startswith("Step 2 of 7: Hold the foam roller against the wall")
    assert [b["title"] for b in dispatcher.messages[0]["buttons"]] == COACH


@pytest.mark.parametrize(
    "intent, step, buttons", [("exercise_hurts", None, []), ("show_all_steps", 3, COACH)]
)
async def test_it_hurts_and_all_steps(tracker, dispatcher, domain, intent, step, buttons):
    t = tracker({"routine_variant": "standing_at_wall", "coach_step": 3.0}, intent=intent)
    assert await ActionCoach().run(dispatcher, t, domain) == [SlotSet("coach_step", step)]
    assert [b["title"] for b in dispatcher.messages[-1]["buttons"]] == buttons
