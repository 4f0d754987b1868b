"""The custom slot mapping: fills slots from any message and re-triages after the outcome."""

import pytest
from rasa_sdk.events import SlotSet
from sent_messages import texts

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
    assert SlotSet("red_flags", ["chest_pain"]) in events
    assert SlotSet("triage_outcome", "emergency") in events
    assert SlotSet("triage_reasons", ["red_flag:chest_pain"]) in events
    sent = texts(dispatcher)
    assert "changes my advice" in sent[0]
    assert sent[1].startswith("🚨 EMERGENCY")
    assert "chest pain" in sent[2]


async def test_correction_after_the_outcome_changes_it(tracker, dispatcher, domain):
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
    assert SlotSet("neck_pain", True) in events
    assert SlotSet("triage_outcome", "see_professional") in events
    assert SlotSet("triage_reasons", ["neck_pain"]) in events
    assert any("your neck hurts" in text for text in texts(dispatcher))


async def test_correction_back_to_self_care_gives_the_routine(tracker, dispatcher, domain):
    slots = {
        **SELF_CARE_DONE,
        "neck_pain": True,
        "triage_outcome": "see_professional",
        "triage_reasons": ["neck_pain"],
    }
    events = await run(
        tracker(
            slots=slots,
            text="sorry, my neck doesn't hurt",
            intent="inform",
            entities=[{"entity": "symptom", "value": "neck_pain", "assertion": "absent"}],
        ),
        dispatcher,
        domain,
    )
    assert SlotSet("triage_outcome", "self_care_routine") in events
    assert any("1. Kneel on the floor." in text for text in texts(dispatcher))


async def test_same_level_with_new_reason_says_so(tracker, dispatcher, domain):
    slots = {
        **SELF_CARE_DONE,
        "neck_pain": True,
        "triage_outcome": "see_professional",
        "triage_reasons": ["neck_pain"],
    }
    events = await run(
        tracker(
            slots=slots,
            text="wait, I do get tingling",
            intent="inform",
            entities=[{"entity": "symptom", "value": "nerve_symptoms"}],
        ),
        dispatcher,
        domain,
    )
    assert SlotSet("triage_reasons", ["neck_pain", "nerve_symptoms"]) in events
    assert "stays the same" in texts(dispatcher)[0]


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
