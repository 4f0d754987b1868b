"""Each form question as it is asked: progress, quick replies, follow-ups.

The form validators (`actions/validate_*_form.py`) ask the next question with
`question_message`; after a "not sure" it is the clearer follow-up instead.
"""

import re
from datetime import date
from typing import Any, Dict, Optional

from triage.contract import (
    DATE_OPTIONS,
    DATE_PROBLEM,
    TRIAGE_QUESTIONS,
    UNSURE,
    UNSURE_ABOUT,
)
from triage.dates import AMBIGUOUS, FUTURE, spoken
from triage.questions import QUESTIONS, buttons_for, progress

_LABEL = re.compile(r"^Question \d+ of \d+: ")


def _answered(value: Any) -> bool:
    return value is not None and value != UNSURE


def _date_follow_up(slot: str, slots: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    problem, options = slots.get(DATE_PROBLEM), slots.get(DATE_OPTIONS) or []
    if problem == AMBIGUOUS and len(options) == 2:
        first, second = (spoken(date.fromisoformat(day)) for day in options)
        return {
            "text": f"Just to be sure: did you mean {first} or {second}?",
            "buttons": [
                {
                    "title": spoken(date.fromisoformat(day)),
                    "payload": f'/inform{{"{slot}": "{day}"}}',
                }
                for day in options
            ],
        }
    if problem == FUTURE:
        return {
            "text": 'That date is still to come. When did it actually start? For example "2 weeks ago".'
        }
    return None


def question_message(
    slot: str, slots: Dict[str, Any], last_said: Optional[str] = None
) -> Dict[str, Any]:
    """The text and buttons for asking `slot` given the answers so far.

    A question that would repeat the message just sent (`last_said`) is asked in
    its other words instead: never the same words three times in a row.
    """
    first = _asked(slot, slots)
    if _unlabelled(first["text"]) == _unlabelled(last_said) and slots.get(UNSURE_ABOUT) != slot:
        return _asked(slot, {**slots, UNSURE_ABOUT: slot})
    return first


def _unlabelled(text: Optional[str]) -> str:
    """The question without its "Question 2 of 5: " label."""
    return _LABEL.sub("", text or "")


def _asked(slot: str, slots: Dict[str, Any]) -> Dict[str, Any]:
    question = QUESTIONS[slot]
    if slots.get(UNSURE_ABOUT) == slot:
        return _date_follow_up(slot, slots) or {
            "text": question.follow_up,
            "buttons": buttons_for(slot),
        }
    text = question.text
    if slot in TRIAGE_QUESTIONS:
        position = 1 + sum(_answered(slots.get(name)) for name in TRIAGE_QUESTIONS)
        text = f"{progress(min(position, len(TRIAGE_QUESTIONS)), len(TRIAGE_QUESTIONS))}: {text}"
    return {"text": text, "buttons": buttons_for(slot)}
