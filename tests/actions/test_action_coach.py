"""The coach action: next, back, repeat, all steps and "it hurts"."""

import pytest
from rasa_sdk.events import SlotSet
from sent_messages import responses, texts

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
    "intent, coach_step, step, sent, buttons",
    [
        ("exercise_hurts", 3.0, None, ["utter_stop_exercise"], []),
        ("show_all_steps", 3.0, 3, [None, None], COACH),
        ("next_step", 7.0, None, ["utter_repetition_done"], COACH),
    ],
)
async def test_it_hurts_all_steps_and_a_repetition_done(
    tracker, dispatcher, domain, intent, coach_step, step, sent, buttons
):
    slots = {"routine_variant": "standing_at_wall", "coach_step": coach_step}
    t = tracker(slots, intent=intent)
    assert await ActionCoach().run(dispatcher, t, domain) == [SlotSet("coach_step", step)]
    assert responses(dispatcher) == sent
    assert [b["title"] for b in dispatcher.messages[-1]["buttons"]] == buttons
