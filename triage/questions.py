"""The questions by the names of their domain responses.

The wording and quick replies live in domain.yml: every question is asked with
`utter_question_<slot>`, asked again in other words with `utter_question_again_<slot>`
(after "not sure") and explained with `utter_why_<slot>` (for "why do you
ask?"). Only the list of warning signs in the screen is composed here, from
`triage/red_flags.py`.
"""

from typing import Sequence

from triage import red_flags
from triage.contract import (
    ASK_AGAIN_PREFIX,
    ASK_PREFIX,
    EMERGENCY,
    FOLLOW_UP_QUESTIONS,
    FORGET_CONFIRMED,
    ROUTINE_QUESTIONS,
    TRIAGE_QUESTIONS,
    URGENT_CARE,
    WHY_PREFIX,
)

# Every slot a form asks about, in the order the forms ask them.
ASKED = TRIAGE_QUESTIONS + ROUTINE_QUESTIONS + FOLLOW_UP_QUESTIONS + (FORGET_CONFIRMED,)


def ask(slot: str) -> str:
    """The response that asks `slot`."""
    return ASK_PREFIX + slot


def ask_again(slot: str) -> str:
    """The response that asks `slot` again, in other words."""
    return ASK_AGAIN_PREFIX + slot


def why(slot: str) -> str:
    """The response that says why `slot` is asked."""
    return WHY_PREFIX + slot


def _bullets(items: Sequence[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


# The warning signs the screen lists (the `signs` variable of its question).
SCREENED_SIGNS = _bullets(
    red_flags.screened_signs(EMERGENCY) + red_flags.screened_signs(URGENT_CARE)
)
