"""The triage questions: "not sure" asks again, a red flag stops them, and the
validator asks the next question itself."""

import pytest
from rasa_sdk.events import SlotSet
from sent_messages import responses, said

from actions.validate_triage_form import ValidateTriageForm


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
    "slots, expected, asked",
    [
        ({"red_flags": ["chest_pain"]}, None, []),
        ({"knot_location": "mid_back", "red_flags": []}, "neck_pain", ["utter_question_neck_pain"]),
        ({}, "knot_location", ["utter_question_knot_location"]),
        (
            {
                "knot_location": "mid_back",
                "red_flags": [],
                "neck_pain": False,
                "nerve_symptoms": False,
                "tried_stretching_massage": True,
            },
            None,
            [],
        ),
    ],
)
async def test_red_flag_ends_the_triage_questions(
    slots, expected, asked, tracker, dispatcher, domain
):
    result = await ValidateTriageForm().next_requested_slot(dispatcher, tracker(slots), domain)
    assert result == SlotSet("requested_slot", expected)
    assert responses(dispatcher) == asked


async def test_the_validator_asks_the_next_question_with_progress(tracker, dispatcher, domain):
    result = await ValidateTriageForm().next_requested_slot(
        dispatcher, tracker({"knot_location": "mid_back"}), domain
    )
    assert result == SlotSet("requested_slot", "red_flags")
    assert dispatcher.messages[0]["response"] == "utter_question_red_flags"
    assert dispatcher.messages[0]["question_number"] == 2
    assert said(domain, dispatcher)[0].startswith("Question 2 of 5: Do you have any of these")


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
    assert events == [
        SlotSet("neck_pain", None),
        SlotSet("unsure_about", "neck_pain"),
        SlotSet("requested_slot", "neck_pain"),
    ]
    # the clearer follow-up, asked at once
    assert responses(dispatcher) == ["utter_question_again_neck_pain"]
    assert "turn your head" in said(domain, dispatcher)[0]
