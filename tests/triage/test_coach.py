"""The step-by-step coach: next, back, repeat, all steps and "it hurts"."""

import pytest

from triage.coach import coach_reply
from triage.routine import VARIANTS

KNEELING = VARIANTS["kneeling_with_roller"]


@pytest.mark.parametrize(
    "step, command, first_text, new_step",
    [
        (None, "next_step", "Step 1 of 7: Kneel", 1),
        (1, "next_step", "Step 2 of 7: Place the foam roller", 2),
        (3, "previous_step", "Step 2 of 7", 2),
        (1, "previous_step", "Step 1 of 7", 1),
        (4, "repeat_step", "Step 4 of 7: Press gently", 4),
        (7, "next_step", "That's one repetition done", None),
        (2, "show_all_steps", "1. Kneel on the floor.", 2),
        (5, "exercise_hurts", "Stop the exercise now", None),
    ],
)
def test_coach(step, command, first_text, new_step):
    texts, remembered = coach_reply(KNEELING, step, command)
    assert texts[0].startswith(first_text)
    assert remembered == new_step


def test_step_five_carries_the_form_cues():
    texts, _ = coach_reply(KNEELING, 4, "next_step")
    assert "1-2 inches" in texts[0] and "neck relaxed" in texts[0]
