"""The custom slot mapping: fills slots from any message and re-triages after the
outcome, exactly as the end of the questions gives an outcome."""

import pytest
from conftest import build_tracker
from rasa_sdk.events import FollowupAction, SlotSet
from sent_messages import responses, texts

from actions.action_triage_outcome import ActionTriageOutcome
from actions.action_validate_slot_mappings import ActionReadTriageAnswers

SELF_CARE_DONE = {
    "knot_location": "mid_back",
    "red_flags": [],
    "neck_pain": False,
    "nerve_symptoms": False,
    "tried_stretching_massage": True,
    "triage_outcome": "self_care_routine",
    "triage_reasons": ["mid_back_knot", "no_red_flags"],
    "check_complete": True,
}
PROFESSIONAL_DONE = {
    **SELF_CARE_DONE,
    "neck_pain": True,
    "triage_outcome": "see_professional",
    "triage_reasons": ["neck_pain"],
}
NECK_FINE = [{"entity": "symptom", "value": "neck_pain", "assertion": "absent"}]


async def run(tracker, dispatcher, domain):
    return await ActionReadTriageAnswers().run(dispatcher, tracker, domain)


async def test_volunteered_answers_fill_their_slots(tracker, dispatcher, domain):
    events = await run(
        tracker(
            text="knot between my shoulder blades and my fingers tingle",
            intent="inform",
            entities=[
                {"entity": "knot_location", "value": "mid_back", "assertion": "present"},
                {"entity": "symptom", "value": "nerve_symptoms", "assertion": "present"},
            ],
        ),
        dispatcher,
        domain,
    )
    assert events == [SlotSet("nerve_symptoms", True), SlotSet("knot_location", "mid_back")]
    assert dispatcher.messages == []


async def test_bare_answer_fills_the_requested_slot_only_while_a_form_asks(
    tracker, dispatcher, domain
):
    asked = tracker(
        slots={"requested_slot": "neck_pain"}, text="nope", intent="deny", active_loop="triage_form"
    )
    not_asked = tracker(slots={"requested_slot": "neck_pain"}, text="nope", intent="deny")
    assert await run(asked, dispatcher, domain) == [SlotSet("neck_pain", False)]
    assert await run(not_asked, dispatcher, domain) == []


async def test_unchanged_answers_set_nothing(tracker, dispatcher, domain):
    events = await run(
        tracker(
            slots={"knot_location": "mid_back"},
            text="between my shoulder blades",
            intent="inform",
            entities=[{"entity": "knot_location", "value": "mid_back"}],
        ),
        dispatcher,
        domain,
    )
    assert events == []


async def test_red_flag_after_the_outcome_escalates_at_once(tracker, dispatcher, domain):
    events = await run(
        tracker(
            slots=SELF_CARE_DONE,
            text="now I've got chest pain",
            intent="thank",
            entities=[{"entity": "red_flag", "value": "chest_pain", "assertion": "present"}],
        ),
        dispatcher,
        domain,
    )
    assert events == [
        SlotSet("red_flags", ["chest_pain"]),
        SlotSet("triage_outcome", "emergency"),
        SlotSet("triage_reasons", ["red_flag:chest_pain"]),
        SlotSet("check_complete", True),
    ]
    assert responses(dispatcher) == ["utter_advice_changed", None, None]
    sent = texts(dispatcher)
    assert sent[1].startswith("🚨 EMERGENCY")
    assert "chest pain" in sent[2]


async def test_correction_after_the_outcome_changes_it_at_once(tracker, dispatcher, domain):
    events = await run(
        tracker(
            slots=SELF_CARE_DONE,
            text="actually my neck does hurt",
            intent="inform",
            entities=[{"entity": "symptom", "value": "neck_pain", "assertion": "present"}],
        ),
        dispatcher,
        domain,
    )
    assert events == [
        SlotSet("neck_pain", True),
        SlotSet("triage_outcome", "see_professional"),
        SlotSet("triage_reasons", ["neck_pain"]),
        SlotSet("check_complete", True),
    ]
    assert responses(dispatcher) == ["utter_advice_changed", None, None, None]
    sent = texts(dispatcher)
    assert "your neck hurts" in sent[2]
    assert sent[3].startswith("Summary to show them:")


async def test_correction_down_to_self_care_plans_the_routine_as_the_end_of_the_questions_does(
    tracker, dispatcher, domain
):
    events = await run(
        tracker(
            slots=PROFESSIONAL_DONE,
            text="sorry, my neck doesn't hurt",
            intent="inform",
            entities=NECK_FINE,
        ),
        dispatcher,
        domain,
    )
    assert events == [
        SlotSet("neck_pain", False),
        SlotSet("triage_outcome", "self_care_routine"),
        SlotSet("triage_reasons", ["mid_back_knot", "no_red_flags"]),
        SlotSet("check_complete", True),
        FollowupAction("routine_form"),
    ]
    corrected = dispatcher.messages
    # the same messages as for someone who said so in the first place, one line after the thanks
    normal = build_tracker({**SELF_CARE_DONE, "triage_outcome": None, "triage_reasons": None})
    dispatcher.messages = []
    assert await ActionTriageOutcome().run(dispatcher, normal, domain) == events[1:]
    assert corrected[0]["response"] == "utter_advice_changed"
    assert corrected[1:] == dispatcher.messages
    assert dispatcher.messages[-1]["response"] == "utter_plan_questions_next"
    assert not any("1. Kneel on the floor." in text for text in texts(dispatcher))


async def test_same_level_with_new_reason_says_so(tracker, dispatcher, domain):
    events = await run(
        tracker(
            slots=PROFESSIONAL_DONE,
            text="wait, I do get tingling",
            intent="inform",
            entities=[{"entity": "symptom", "value": "nerve_symptoms"}],
        ),
        dispatcher,
        domain,
    )
    assert events == [
        SlotSet("nerve_symptoms", True),
        SlotSet("triage_outcome", "see_professional"),
        SlotSet("triage_reasons", ["neck_pain", "nerve_symptoms"]),
        SlotSet("check_complete", True),
    ]
    assert responses(dispatcher)[0] == "utter_advice_updated"


@pytest.mark.parametrize("active_loop", ["triage_form"])
async def test_no_retriage_while_the_questions_run(tracker, dispatcher, domain, active_loop):
    slots = {**SELF_CARE_DONE, "requested_slot": "neck_pain"}
    events = await run(
        tracker(slots=slots, text="yes", intent="affirm", active_loop=active_loop),
        dispatcher,
        domain,
    )
    assert events == [SlotSet("neck_pain", True)]
    assert dispatcher.messages == []
