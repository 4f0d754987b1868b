"""The routine: the right variant for the person's knees and equipment."""

import pytest
from rasa_sdk.events import SlotSet

from actions.action_give_routine import ActionGiveRoutine
from conftest import texts


@pytest.mark.parametrize(
    "can_kneel, has_roller, variant, first_step",
    [
        (True, True, "kneeling_with_roller", "1. Kneel on the floor."),
        (None, True, "kneeling_with_roller", "1. Kneel on the floor."),
        (False, True, "standing_at_wall", "1. Stand facing a wall"),
        (True, False, "face_down_no_roller", "1. Lie face down"),
        (False, False, "face_down_no_roller", "1. Lie face down"),
    ],
)
async def test_variant(tracker, dispatcher, domain, can_kneel, has_roller, variant, first_step):
    slots = {"triage_outcome": "self_care_routine", "can_kneel": can_kneel, "has_foam_roller": has_roller}
    events = await ActionGiveRoutine().run(dispatcher, tracker(slots), domain)
    assert events == [SlotSet("routine_variant", variant)]
    sent = texts(dispatcher)
    assert first_step in sent[0]
    assert "30 repetitions, 3-4 times a week" in sent[1]
    assert "3-4 weeks" in sent[1]
    assert sent[2].startswith("Stop and see")


async def test_every_variant_has_seven_or_six_steps_with_the_lift_cue(tracker, dispatcher, domain):
    from actions.routine import VARIANTS

    for variant in VARIANTS.values():
        assert 6 <= len(variant.steps) <= 7
        assert any("1-2 inches" in step and "away from your ears" in step for step in variant.steps)


async def test_no_routine_when_the_outcome_changed(tracker, dispatcher, domain):
    events = await ActionGiveRoutine().run(dispatcher, tracker({"triage_outcome": "see_professional"}), domain)
    assert events == [] and dispatcher.messages == []
