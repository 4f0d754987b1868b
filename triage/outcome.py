"""Every outcome, however it is reached: a decision and the answers in, what is
said and the slot changes out.

Plain Python with no Rasa imports. Three actions give an outcome through
`outcome_reply`: the end of the questions (`action_triage_outcome`), a progress
report (`action_follow_up_outcome`) and an answer corrected after the outcome
(`action_validate_slot_mappings`). A correction is the same outcome with one
line in front, so a correction down to self-care gets the planning questions
and the coached routine like everyone else; one that raises the level gives
everything at once, the summary included.

A message is the keyword arguments of `dispatcher.utter_message`: a composed
`text`, or a domain `response` by name.
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Dict, Mapping, Optional, Tuple

from triage.contract import (
    CHECK_COMPLETE,
    HAS_FOAM_ROLLER,
    KNOT_SINCE,
    ROUTINE_FORM,
    ROUTINE_QUESTIONS,
    SEE_PROFESSIONAL,
    SELF_CARE_ROUTINE,
    SUMMARY_FORM,
    TRIAGE_OUTCOME,
    TRIAGE_REASONS,
    UTTER_ADVICE_CHANGED,
    UTTER_ADVICE_UPDATED,
    UTTER_PLAN_QUESTIONS_NEXT,
    UTTER_SUMMARY_QUESTION_NEXT,
)
from triage.decision import Decision
from triage.follow_up_messages import follow_up_messages
from triage.outcome_messages import outcome_messages, summary

# What led to the outcome.
QUESTIONS_DONE = "questions_done"
CORRECTION = "correction"
FOLLOW_UP = "follow_up"

Message = Dict[str, Any]


@dataclass(frozen=True)
class OutcomeReply:
    """What to say, which slots change, and what comes next."""

    messages: Tuple[Message, ...] = ()
    slots: Dict[str, Any] = field(default_factory=dict)
    # The link to the printable summary follows the messages (where links can be sent).
    summary_link: bool = False
    # The form that asks what the outcome still needs, if any (`next_form`): a
    # follow-up action of the outcome's action, or after a correction of the
    # action that runs next (dialogue.tracker.form_after_correction).
    next_form: Optional[str] = None


def next_form(level: Optional[str], occasion: str) -> Optional[str]:
    """The form that asks what an outcome still needs: the planning questions
    for self-care, however it was reached; the onset question for seeing a
    professional at the end of the questions (a correction gives the summary at
    once)."""
    if level == SELF_CARE_ROUTINE and occasion != FOLLOW_UP:
        return ROUTINE_FORM
    if level == SEE_PROFESSIONAL and occasion == QUESTIONS_DONE:
        return SUMMARY_FORM
    return None


def planning_questions_left(slots: Mapping[str, Any]) -> bool:
    """Whether the routine form still has something to ask (no roller: no kneeling question)."""
    if slots.get(HAS_FOAM_ROLLER) is False:
        return not slots.get(KNOT_SINCE)
    return any(slots.get(question) is None for question in ROUTINE_QUESTIONS)


def _text(text: str) -> Message:
    return {"text": text}


def _said_before(decision: Decision, slots: Mapping[str, Any]) -> bool:
    return (decision.level, list(decision.reasons)) == (
        slots.get(TRIAGE_OUTCOME),
        list(slots.get(TRIAGE_REASONS) or []),
    )


def outcome_reply(
    decision: Decision,
    slots: Mapping[str, Any],
    today: date,
    occasion: str = QUESTIONS_DONE,
) -> OutcomeReply:
    """The reply that gives `decision` (on `occasion`), given the answers in `slots`.

    A correction that leaves the level and reasons as they were says nothing.
    """
    if occasion == CORRECTION and _said_before(decision, slots):
        return OutcomeReply()
    changes = {
        TRIAGE_OUTCOME: decision.level,
        TRIAGE_REASONS: list(decision.reasons),
        CHECK_COMPLETE: True,
    }
    if occasion == FOLLOW_UP:
        texts = follow_up_messages(decision, slots, today)
        return OutcomeReply(tuple(map(_text, texts)), changes, summary_link=True)
    messages: Tuple[Message, ...] = ()
    if occasion == CORRECTION:
        same = slots.get(TRIAGE_OUTCOME) == decision.level
        messages = ({"response": UTTER_ADVICE_UPDATED if same else UTTER_ADVICE_CHANGED},)
    messages += tuple(map(_text, outcome_messages(decision, slots)))
    form = next_form(decision.level, occasion)
    if form == ROUTINE_FORM and planning_questions_left(slots):
        messages += ({"response": UTTER_PLAN_QUESTIONS_NEXT},)
    elif form == SUMMARY_FORM:
        messages += ({"response": UTTER_SUMMARY_QUESTION_NEXT},)
    elif decision.level == SEE_PROFESSIONAL:
        messages += (_text(summary(slots, today)),)
    return OutcomeReply(messages, changes, summary_link=form is None, next_form=form)
