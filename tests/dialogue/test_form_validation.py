"""What every form validator shares: "not sure" asks again, the next question is
asked by its response, in other words rather than repeat itself, and a form a
correction ended hands over to the one the new outcome needs."""

import pytest
from rasa_sdk.events import FollowupAction, SlotSet
from sent_messages import responses

from actions.validate_routine_form import ValidateRoutineForm
from actions.validate_triage_form import ValidateTriageForm
from dialogue.form_validation import asks_again_when_unsure


def test_not_sure_clears_the_answer_and_asks_again(tracker, dispatcher, domain):
    validate = asks_again_when_unsure("neck_pain")
    form = ValidateTriageForm()
    assert validate(form, "unsure", dispatcher, tracker(), domain) == {
        "neck_pain": None,
        "unsure_about": "neck_pain",
    }
    assert validate(form, ["unsure"], dispatcher, tracker(), domain)["neck_pain"] is None
    assert validate(form, False, dispatcher, tracker(), domain) == {"neck_pain": False}


async def test_a_question_just_asked_comes_in_other_words(tracker, dispatcher, domain):
    asked = [
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_question_neck_pain"}}
    ]
    t = tracker(
        {"knot_location": "mid_back", "red_flags": []}, intent="greet", events_after_message=asked
    )
    result = await ValidateTriageForm().next_requested_slot(dispatcher, t, domain)
    assert result == SlotSet("requested_slot", "neck_pain")
    assert responses(dispatcher) == ["utter_question_again_neck_pain"]


async def test_a_form_the_correction_did_not_end_carries_on(tracker, dispatcher, domain):
    # the routine form during the planning questions, the outcome set this turn
    slots = {"triage_outcome": "self_care_routine", "requested_slot": "knot_since"}
    set_now = [{"event": "slot", "name": "triage_outcome", "value": "self_care_routine"}]
    t = tracker(slots, intent="inform", active_loop="routine_form", events_after_message=set_now)
    events = await ValidateRoutineForm().run(dispatcher, t, domain)
    assert events[-1] == SlotSet("requested_slot", "knot_since")
    assert FollowupAction("routine_form") not in events


PLANNING = {"triage_outcome": "self_care_routine", "requested_slot": "knot_since"}
PROGRESS_NOW = [{"event": "slot", "name": "routine_progress", "value": "same"}]


@pytest.mark.parametrize(
    "slots, set_now, expected",
    [
        # a report on the routine from someone given it (or saying so) ends the planning
        ({**PLANNING, "routine_given": True, "routine_progress": "same"}, PROGRESS_NOW, None),
        # progress read earlier, not in this message: the planning goes on
        ({**PLANNING, "routine_given": True, "routine_progress": "same"}, [], "knot_since"),
        # no routine given and none said to be done: no report, the planning goes on
        (PLANNING, PROGRESS_NOW, "knot_since"),
    ],
)
async def test_a_report_on_the_routine_ends_the_planning_for_the_follow_up(
    slots, set_now, expected, tracker, dispatcher, domain
):
    t = tracker(
        slots, intent="report_progress", active_loop="routine_form", events_after_message=set_now
    )
    events = await ValidateRoutineForm().run(dispatcher, t, domain)
    assert SlotSet("requested_slot", expected) in events
    assert (FollowupAction("follow_up_form") in events) == (expected is None)


async def test_a_report_does_not_end_the_triage_questions(tracker, dispatcher, domain):
    slots = {"knot_location": "mid_back", "routine_given": True, "routine_progress": "same"}
    t = tracker(
        slots,
        intent="report_progress",
        active_loop="triage_form",
        events_after_message=PROGRESS_NOW,
    )
    events = await ValidateTriageForm().run(dispatcher, t, domain)
    assert FollowupAction("follow_up_form") not in events
    assert events[-1] == SlotSet("requested_slot", "red_flags")
