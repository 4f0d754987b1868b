"""One outcome path: the end of the questions, a correction and a progress report
say the same for the same decision; a correction adds only its opening line."""

from datetime import date

import pytest
from answer_sets import CLEAR

from triage.decision import answers_from_slots, decide
from triage.outcome import (
    CORRECTION,
    FOLLOW_UP,
    QUESTIONS_DONE,
    OutcomeReply,
    next_form,
    outcome_reply,
    planning_questions_left,
)

TODAY = date(2026, 11, 28)
SELF_CARE = {
    "triage_outcome": "self_care_routine",
    "triage_reasons": ["mid_back_knot", "no_red_flags"],
    "check_complete": True,
}


def reply(slots, occasion=QUESTIONS_DONE):
    return outcome_reply(decide(answers_from_slots(slots, TODAY)), slots, TODAY, occasion)


def corrected(before, after):
    """The reply when the answers `after` correct those that led to the outcome `before`."""
    given = reply(before)
    return reply({**after, **given.slots}, CORRECTION)


def test_self_care_at_the_end_of_the_questions_asks_the_planning_questions():
    given = reply(CLEAR)
    assert given.slots == SELF_CARE
    assert given.next_form == "routine_form"
    assert given.summary_link is False
    assert [m.get("response") for m in given.messages] == [None, None, "utter_plan_questions_next"]
    assert given.messages[0]["text"].startswith("✅ SELF-CARE")


@pytest.mark.parametrize(
    "before",
    [
        {**CLEAR, "neck_pain": True},
        {**CLEAR, "nerve_symptoms": True, "knot_since": "2026-10-01"},
        {**CLEAR, "knot_location": "lower_back"},
    ],
)
def test_a_correction_down_to_self_care_gets_exactly_the_planning_and_coaching(before):
    after = {**before, **{k: CLEAR[k] for k in ("knot_location", "neck_pain", "nerve_symptoms")}}
    normal = reply(after)
    revised = corrected(before, after)
    assert revised.messages == ({"response": "utter_advice_changed"},) + normal.messages
    assert revised.slots == normal.slots
    assert revised.next_form == normal.next_form == "routine_form"
    assert revised.summary_link is normal.summary_link is False
    # no routine as one numbered list: the routine form and the coach give it
    assert not any("1. " in (m.get("text") or "") for m in revised.messages)


def test_the_lead_in_to_the_planning_questions_only_when_one_is_left():
    known = {**CLEAR, "knot_since": "2026-10-01", "has_foam_roller": True, "can_kneel": True}
    assert planning_questions_left(CLEAR)
    assert not planning_questions_left(known)
    # no roller: no kneeling question
    assert not planning_questions_left({"knot_since": "2026-10-01", "has_foam_roller": False})
    given = reply(known)
    assert given.next_form == "routine_form"
    assert "utter_plan_questions_next" not in [m.get("response") for m in given.messages]


@pytest.mark.parametrize(
    "change, level, reasons",
    [
        ({"red_flags": ["chest_pain"]}, "emergency", ["red_flag:chest_pain"]),
        ({"red_flags": ["fever_or_chills"]}, "urgent_care", ["red_flag:fever_or_chills"]),
    ],
)
def test_an_escalating_correction_escalates_at_once(change, level, reasons):
    revised = corrected(CLEAR, {**CLEAR, **change})
    normal = reply({**CLEAR, **change})
    assert revised.slots == {
        "triage_outcome": level,
        "triage_reasons": reasons,
        "check_complete": True,
    }
    assert revised.messages == ({"response": "utter_advice_changed"},) + normal.messages
    assert revised.next_form is None and revised.summary_link is True


def test_a_correction_up_to_see_a_professional_gives_the_summary_at_once():
    revised = corrected(CLEAR, {**CLEAR, "neck_pain": True})
    assert revised.slots["triage_outcome"] == "see_professional"
    assert revised.next_form is None and revised.summary_link is True
    assert revised.messages[0] == {"response": "utter_advice_changed"}
    assert revised.messages[1]["text"].startswith("🩺 SEE A PROFESSIONAL")
    assert revised.messages[-1]["text"].startswith("Summary to show them:")
    # at the end of the questions, the onset question comes first
    normal = reply({**CLEAR, "neck_pain": True})
    assert normal.next_form == "summary_form" and normal.summary_link is False
    assert normal.messages[-1] == {"response": "utter_summary_question_next"}


def test_a_correction_that_changes_nothing_says_nothing():
    assert corrected(CLEAR, {**CLEAR, "tried_stretching_massage": False}) == OutcomeReply()


def test_new_reasons_at_the_same_level_say_so():
    before = {**CLEAR, "neck_pain": True}
    revised = corrected(before, {**before, "nerve_symptoms": True})
    assert revised.messages[0] == {"response": "utter_advice_updated"}
    assert revised.slots["triage_reasons"] == ["neck_pain", "nerve_symptoms"]


def test_a_progress_report_gets_the_follow_up_advice_and_the_summary_link():
    slots = {**CLEAR, "routine_started_on": "2026-11-14", "routine_progress": "same"}
    given = reply(slots, FOLLOW_UP)
    assert given.slots == {
        "triage_outcome": "self_care_routine",
        "triage_reasons": ["routine_in_progress"],
        "check_complete": True,
    }
    assert given.next_form is None and given.summary_link is True
    assert "It's early days (14 days in)" in given.messages[0]["text"]


@pytest.mark.parametrize(
    "level, occasion, form",
    [
        ("self_care_routine", QUESTIONS_DONE, "routine_form"),
        ("self_care_routine", CORRECTION, "routine_form"),
        ("self_care_routine", FOLLOW_UP, None),
        ("see_professional", QUESTIONS_DONE, "summary_form"),
        ("see_professional", CORRECTION, None),
        ("urgent_care", QUESTIONS_DONE, None),
        ("emergency", CORRECTION, None),
    ],
)
def test_the_form_that_asks_what_an_outcome_still_needs(level, occasion, form):
    assert next_form(level, occasion) == form
