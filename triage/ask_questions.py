"""Each form question as it is asked: which response, its progress number, and
the follow-ups.

The form validators (`actions/validate_*_form.py`) ask the next question with
`question_message`; after a "not sure" it is the clearer follow-up instead. A
message is the keyword arguments of `dispatcher.utter_message`.
"""

from datetime import date
from typing import Any, Dict, Optional

from triage.contract import (
    DATE_OPTIONS,
    DATE_PROBLEM,
    INTENT_INFORM,
    QUESTION_NUMBER,
    RED_FLAGS,
    SIGNS,
    TRIAGE_QUESTIONS,
    UNSURE,
    UNSURE_ABOUT,
    UTTER_QUESTION_DATE_IN_PAST,
    UTTER_QUESTION_WHICH_DATE,
)
from triage.dates import AMBIGUOUS, FUTURE, spoken
from triage.questions import SCREENED_SIGNS, ask, ask_again


def _answered(value: Any) -> bool:
    return value is not None and value != UNSURE


def _date_follow_up(slot: str, slots: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    problem, options = slots.get(DATE_PROBLEM), slots.get(DATE_OPTIONS) or []
    if problem == AMBIGUOUS and len(options) == 2:
        first, second = (spoken(date.fromisoformat(day)) for day in options)
        return {
            "response": UTTER_QUESTION_WHICH_DATE,
            "first": first,
            "second": second,
            "buttons": [
                {
                    "title": spoken(date.fromisoformat(day)),
                    "payload": f'/{INTENT_INFORM}{{"{slot}": "{day}"}}',
                }
                for day in options
            ],
        }
    if problem == FUTURE:
        return {"response": UTTER_QUESTION_DATE_IN_PAST}
    return None


def question_message(
    slot: str, slots: Dict[str, Any], last_response: Optional[str] = None
) -> Dict[str, Any]:
    """The message that asks `slot` given the answers so far.

    A question that would repeat the message just sent (`last_response`, the
    name of its response) is asked in its other words instead: never the same
    words three times in a row.
    """
    first = _asked(slot, slots)
    if first["response"] == last_response and slots.get(UNSURE_ABOUT) != slot:
        return _asked(slot, {**slots, UNSURE_ABOUT: slot})
    return first


def _asked(slot: str, slots: Dict[str, Any]) -> Dict[str, Any]:
    if slots.get(UNSURE_ABOUT) == slot:
        return _date_follow_up(slot, slots) or {"response": ask_again(slot)}
    message: Dict[str, Any] = {"response": ask(slot)}
    if slot in TRIAGE_QUESTIONS:
        position = 1 + sum(_answered(slots.get(name)) for name in TRIAGE_QUESTIONS)
        message[QUESTION_NUMBER] = min(position, len(TRIAGE_QUESTIONS))
    if slot == RED_FLAGS:
        message[SIGNS] = SCREENED_SIGNS
    return message
