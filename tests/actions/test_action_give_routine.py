"""The routine: the right variant, the plan in real dates, then step 1 of the coach."""

import pytest
from rasa_sdk.events import SlotSet
from sent_messages import responses, said

from actions.action_give_routine import ActionGiveRoutine
from triage.routine import VARIANTS


@pytest.mark.parametrize(
    "can_kneel, has_roller, variant, first_step",
    [
        (True, True, "kneeling_with_roller", "Step 1 of 7: Kneel on the floor."),
        (None, True, "kneeling_with_roller", "Step 1 of 7: Kneel on the floor."),
        (False, True, "standing_at_wall", "Step 1 of 7: Stand facing a wall"),
        (True, False, "face_down_no_roller", "Step 1 of 6: Lie face down"),
        (False, False, "face_down_no_roller", "Step 1 of 6: Lie face down"),
    ],
)
async def test_variant(tracker, dispatcher, domain, can_kneel, has_roller, variant, first_step):
    slots = {
        "triage_outcome": "self_care_routine",
        "can_kneel": can_kneel,
        "has_foam_roller": has_roller,
        "triage_reasons": ["mid_back_knot", "no_red_flags"],
        "knot_since": "2026-10-01",
    }
    events = await ActionGiveRoutine().run(dispatcher, tracker(slots), domain)
    assert events == [
        SlotSet("triage_reasons", ["mid_back_knot", "no_red_flags", "knot_since:2026-10-01"]),
        SlotSet("routine_variant", variant),
        SlotSet("coach_step", 1),
        SlotSet("routine_given", True),
    ]
    sent = said(domain, dispatcher)
    assert dispatcher.messages[0]["response"] == "utter_routine_intro"
    assert sent[0] == (
        f"Here's your routine: {VARIANTS[variant].title}. "
        f"You'll need: {VARIANTS[variant].equipment}"
    )
    assert "30 repetitions on Monday, Wednesday, Friday and Saturday" in sent[1]
    assert "Check in with me on" in sent[1]
    assert sent[2].startswith("Stop and see")
    assert first_step in sent[-1]
    assert [b["title"] for b in dispatcher.messages[-1]["buttons"]] == [
        "Next",
        "Repeat",
        "Back",
        "Show all steps",
        "It hurts",
    ]


async def test_reminders_are_offered_only_where_the_channel_can_push(tracker, dispatcher, domain):
    t = tracker({"triage_outcome": "self_care_routine"})
    t.events[0]["input_channel"] = "socketio"
    await ActionGiveRoutine().run(dispatcher, t, domain)
    assert "utter_reminder_offer" in responses(dispatcher)
    assert any("remind me" in text for text in said(domain, dispatcher))
    rest = tracker({"triage_outcome": "self_care_routine"})
    rest.events[0]["input_channel"] = "rest"
    dispatcher.messages.clear()
    await ActionGiveRoutine().run(dispatcher, rest, domain)
    assert "utter_reminder_offer" not in responses(dispatcher)


async def test_no_routine_when_the_outcome_changed(tracker, dispatcher, domain):
    events = await ActionGiveRoutine().run(
        dispatcher, tracker({"triage_outcome": "see_professional"}), domain
    )
    assert events == [] and dispatcher.messages == []
