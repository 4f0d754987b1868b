"""The outcome: level first, the reason in the person's own answers, then what to do."""

import pytest
from answer_sets import CLEAR
from rasa_sdk.events import FollowupAction, SlotSet
from sent_messages import responses, texts

from actions.action_triage_outcome import ActionTriageOutcome


async def outcome(tracker, dispatcher, domain, **changes):
    return await ActionTriageOutcome().run(dispatcher, tracker({**CLEAR, **changes}), domain)


@pytest.mark.parametrize(
    "changes, level, reasons, next_form, first_line, because",
    [
        (
            {"red_flags": ["chest_pain"]},
            "emergency",
            ["red_flag:chest_pain"],
            None,
            "🚨 EMERGENCY: call your local emergency number",
            "you mentioned chest pain, pressure or tightness",
        ),
        (
            {"red_flags": ["fever_or_chills"]},
            "urgent_care",
            ["red_flag:fever_or_chills"],
            None,
            "⚠️ URGENT: please see a doctor today",
            "you mentioned fever or chills",
        ),
        (
            {"nerve_symptoms": True},
            "see_professional",
            ["nerve_symptoms"],
            "summary_form",
            "🩺 SEE A PROFESSIONAL",
            "numbness, tingling, weakness",
        ),
        (
            {"knot_location": "lower_back"},
            "see_professional",
            ["knot_not_mid_back"],
            "summary_form",
            "🩺 SEE A PROFESSIONAL",
            "the knot is in your lower back",
        ),
        (
            {"neck_pain": True, "unsure_answers": ["neck_pain"]},
            "see_professional",
            ["neck_pain", "unsure:neck_pain"],
            "summary_form",
            "🩺 SEE A PROFESSIONAL",
            "you weren't sure about neck pain, so to be safe I counted it as a yes",
        ),
        (
            {},
            "self_care_routine",
            ["mid_back_knot", "no_red_flags"],
            "routine_form",
            "✅ SELF-CARE",
            "no neck pain",
        ),
    ],
)
async def test_outcome_level_and_reason(
    tracker, dispatcher, domain, changes, level, reasons, next_form, first_line, because
):
    events = await outcome(tracker, dispatcher, domain, **changes)
    assert events == [
        SlotSet("triage_outcome", level),
        SlotSet("triage_reasons", reasons),
        SlotSet("check_complete", True),
    ] + ([FollowupAction(next_form)] if next_form else [])
    sent = texts(dispatcher)
    assert sent[0].startswith(first_line)
    assert because in " ".join(sent)


async def test_urgent_levels_give_the_instruction_alone_first(tracker, dispatcher, domain):
    await outcome(tracker, dispatcher, domain, red_flags=["major_injury"], neck_pain=True)
    first, second = texts(dispatcher)[:2]
    assert "because" not in first
    assert second.startswith("I'm saying this because you mentioned a major injury")


async def test_professional_outcome_leads_to_the_summary_question(tracker, dispatcher, domain):
    await outcome(tracker, dispatcher, domain, neck_pain=True, tried_stretching_massage=False)
    assert "physiotherapist, chiropractor or doctor" in texts(dispatcher)[0]
    assert responses(dispatcher) == [None, None, "utter_summary_question_next"]


@pytest.mark.parametrize(
    "tried, phrase",
    [(True, "You've already tried stretching or massage"), (False, "can feel good for a while")],
)
async def test_self_care_explains_strengthening_for_what_was_tried(
    tracker, dispatcher, domain, tried, phrase
):
    await outcome(tracker, dispatcher, domain, tried_stretching_massage=tried)
    joined = " ".join(texts(dispatcher))
    assert phrase in joined
    assert "Dr. Katie Clare, DC" in joined
    assert responses(dispatcher) == [None, None, "utter_plan_questions_next"]
