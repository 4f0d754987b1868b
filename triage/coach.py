"""The step-by-step coach: which step to show for next, back, repeat and the like.

Plain Python. Steps are numbered from 1; moving past the last step finishes a
repetition, and moving back from the first stays on it.
"""

from typing import Any, Dict, List, Optional, Tuple

from triage.contract import (
    INTENT_EXERCISE_HURTS,
    INTENT_NEXT_STEP,
    INTENT_PREVIOUS_STEP,
    INTENT_REPEAT_STEP,
    INTENT_SHOW_ALL_STEPS,
    UTTER_REPETITION_DONE,
    UTTER_STOP_EXERCISE,
)
from triage.routine import DOSE, Variant, numbered_steps

NEXT, BACK, REPEAT, ALL, HURTS = (
    INTENT_NEXT_STEP,
    INTENT_PREVIOUS_STEP,
    INTENT_REPEAT_STEP,
    INTENT_SHOW_ALL_STEPS,
    INTENT_EXERCISE_HURTS,
)

COACH_BUTTONS = (
    ("Next", "/" + NEXT),
    ("Repeat", "/" + REPEAT),
    ("Back", "/" + BACK),
    ("Show all steps", "/" + ALL),
    ("It hurts", "/" + HURTS),
)

# A message: the keyword arguments of `dispatcher.utter_message`.
Message = Dict[str, Any]


def step_text(variant: Variant, step: int) -> str:
    """'Step 2 of 7: ...'."""
    return f"Step {step} of {len(variant.steps)}: {variant.steps[step - 1]}"


def _step(variant: Variant, step: int) -> Tuple[List[Message], int]:
    return [{"text": step_text(variant, step)}], step


def coach_reply(
    variant: Variant, step: Optional[int], command: str
) -> Tuple[List[Message], Optional[int]]:
    """The messages for a coach command (a step's text, or a domain response) and
    the step to remember afterwards."""
    if command == HURTS:
        return [{"response": UTTER_STOP_EXERCISE}], None
    if command == ALL:
        return [{"text": numbered_steps(variant)}, {"text": DOSE}], step
    if step is None:
        return _step(variant, 1)
    if command == REPEAT:
        return _step(variant, step)
    if command == BACK:
        return _step(variant, max(step - 1, 1))
    if step >= len(variant.steps):
        return [{"response": UTTER_REPETITION_DONE}], None
    return _step(variant, step + 1)
