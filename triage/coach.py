"""The step-by-step coach: which step to show for next, back, repeat and the like.

Plain Python. Steps are numbered from 1; moving past the last step finishes a
repetition, and moving back from the first stays on it.
"""

from typing import List, Optional, Tuple

from triage.contract import (
    INTENT_EXERCISE_HURTS,
    INTENT_NEXT_STEP,
    INTENT_PREVIOUS_STEP,
    INTENT_REPEAT_STEP,
    INTENT_SHOW_ALL_STEPS,
)
from triage.emergency import CALL_EMERGENCY
from triage.routine import DOSE, Variant, numbered_steps

NEXT, BACK, REPEAT, ALL, HURTS = (
    INTENT_NEXT_STEP,
    INTENT_PREVIOUS_STEP,
    INTENT_REPEAT_STEP,
    INTENT_SHOW_ALL_STEPS,
    INTENT_EXERCISE_HURTS,
)

COACH_BUTTONS = (
    ("Next", "/next_step"),
    ("Repeat", "/repeat_step"),
    ("Back", "/previous_step"),
    ("Show all steps", "/show_all_steps"),
    ("It hurts", "/exercise_hurts"),
)

STOP_ADVICE = (
    "Stop the exercise now. A little muscle effort is fine, but pain is a signal to "
    "back off. Rest it today and try again gently in a day or two, with a smaller "
    "lift. If it hurts again, if the pain is sharp or spreads, or if numbness, "
    "tingling or weakness appears, see a physiotherapist, chiropractor or doctor "
    f"before carrying on. Chest pain or trouble breathing: {CALL_EMERGENCY}."
)


def step_text(variant: Variant, step: int) -> str:
    """'Step 2 of 7: ...'."""
    return f"Step {step} of {len(variant.steps)}: {variant.steps[step - 1]}"


def coach_reply(
    variant: Variant, step: Optional[int], command: str
) -> Tuple[List[str], Optional[int]]:
    """The messages for a coach command and the step to remember afterwards."""
    last = len(variant.steps)
    if command == HURTS:
        return [STOP_ADVICE], None
    if command == ALL:
        return [numbered_steps(variant), DOSE], step
    if step is None:
        return [step_text(variant, 1)], 1
    if command == REPEAT:
        return [step_text(variant, step)], step
    if command == BACK:
        target = max(step - 1, 1)
        return [step_text(variant, target)], target
    if step >= last:
        return [
            "That's one repetition done. Do 30 in a session, then rest. Say "
            '"next" to go through the steps again, or "show all steps".'
        ], None
    return [step_text(variant, step + 1)], step + 1
