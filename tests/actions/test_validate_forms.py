"""Form validation: "not sure" asks again; a red flag or a non-self-care outcome stops;
the validator asks the next question itself."""

import pytest
from rasa_sdk.events import SlotSet
from sent_messages import texts

from actions.validate_forget_form import ValidateForgetForm
from actions.validate_routine_form import ValidateRoutineForm
from actions.validate_summary_form import ValidateSummaryForm
from actions.validate_triage_form import ValidateTriageForm

STOP = SlotSet("requested_slot", None)


@pytest.mark.parametrize(
    "slot, value, expected",
    [
        ("neck_pain", "unsure", {"neck_pain": None, "unsure_about": "neck_pain"}),
        ("knot_location", "unsure", {"knot_location": None, "unsure_about": "knot_location"}),
        ("red_flags", "unsure", {"red_flags": None, "unsure_about": "red_flags"}),
        ("neck_pain", True, {"neck_pain": True}),
        ("red_flags", [], {"red_flags": []}),
        ("knot_location", "mid_back", {"knot_location": "mid_back"}),
    ],
)
def test_triage_validators(slot, value, expected, tracker, dispatcher, domain):
    validate = getattr(ValidateTriageForm(), f"validate_{slot}")
    assert validate(value, dispatcher, tracker(), domain) == expected


@pytest.mark.parametrize(
    "slots, expected",
    [
        ({"red_flags": ["chest_pain"]}, None),
        ({"knot_location": "mid_back", "red_flags": []}, "neck_pain"),
        ({}, "knot_location"),
        (
            {
                "knot_location": "mid_back",
                "red_flags": [],
                "neck_pain": False,
                "nerve_symptoms": False,
                "tried_stretching_massage": True,
            },
            None,
        ),
    ],
)
async def test_red_flag_ends_the_triage_questions(slots, expected, tracker, dispatcher, domain):
    result = await ValidateTriageForm().next_requested_slot(dispatcher, tracker(slots), domain)
    assert result == SlotSet("requested_slot", expected)
    assert len(texts(dispatcher)) == (0 if expected is None else 1)


@pytest.mark.parametrize(
    "slots, expected",
    [
        ({"triage_outcome": "self_care_routine"}, "knot_since"),
        (
            {
                "triage_outcome": "self_care_routine",
                "has_foam_roller": True,
                "knot_since": "2026-10-01",
            },
            "can_kneel",
        ),
        ({"triage_outcome": "self_care_routine", "has_foam_roller": False}, "knot_since"),
        (
            {
                "triage_outcome": "self_care_routine",
                "has_foam_roller": False,
                "knot_since": "2026-10-01",
            },
            None,
        ),
        ({"triage_outcome": "see_professional"}, None),
        ({"triage_outcome": "emergency"}, None),
        ({}, None),
    ],
)
async def test_routine_questions_stop_when_not_needed(slots, expected, tracker, dispatcher, domain):
    result = await ValidateRoutineForm().next_requested_slot(dispatcher, tracker(slots), domain)
    assert result == SlotSet("requested_slot", expected)
    assert len(texts(dispatcher)) == (0 if expected is None else 1)


async def test_the_validator_asks_the_next_question_with_progress(tracker, dispatcher, domain):
    result = await ValidateTriageForm().next_requested_slot(
        dispatcher, tracker({"knot_location": "mid_back"}), domain
    )
    assert result == SlotSet("requested_slot", "red_flags")
    assert texts(dispatcher)[0].startswith("Question 2 of 5: Do you have any of these")


async def test_forget_form_asks_for_confirmation(tracker, dispatcher, domain):
    result = await ValidateForgetForm().next_requested_slot(dispatcher, tracker(), domain)
    assert result == SlotSet("requested_slot", "forget_confirmed")
    assert len(texts(dispatcher)) == 1


async def test_triage_form_run_turns_unsure_into_follow_up(tracker, dispatcher, domain):
    slots = {
        "knot_location": "mid_back",
        "red_flags": [],
        "neck_pain": "unsure",
        "requested_slot": "neck_pain",
    }
    events = await ValidateTriageForm().run(
        dispatcher,
        tracker(
            slots,
            text="not sure",
            intent="unsure",
            active_loop="triage_form",
            events_after_message=[{"event": "slot", "name": "neck_pain", "value": "unsure"}],
        ),
        domain,
    )
    assert SlotSet("neck_pain", None) in events
    assert SlotSet("unsure_about", "neck_pain") in events
    assert events[-1] == SlotSet("requested_slot", "neck_pain")
    assert "turn your head" in texts(dispatcher)[0]  # the clearer follow-up, asked at once


@pytest.mark.parametrize(
    "outcome, expected",
    [("see_professional", "knot_since"), ("self_care_routine", None), ("emergency", None)],
)
async def test_summary_question_only_for_see_professional(
    outcome, expected, tracker, dispatcher, domain
):
    t = tracker({"triage_outcome": outcome})
    result = await ValidateSummaryForm().next_requested_slot(dispatcher, t, domain)
    assert result == SlotSet("requested_slot", expected)
