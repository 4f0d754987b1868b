"""The step-by-step coach: next, back, repeat, all steps and "it hurts"."""

import pytest

from triage.coach import COACH_BUTTONS, coach_reply
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
        (7, "next_step", "utter_repetition_done", None),
        (2, "show_all_steps", "1. Kneel on the floor.", 2),
        (5, "exercise_hurts", "utter_stop_exercise", None),
    ],
)
def test_coach(step, command, first_text, new_step):
    messages, remembered = coach_reply(KNEELING, step, command)
    first = messages[0]
    assert first.get("response") == first_text or first["text"].startswith(first_text)
    assert remembered == new_step


def test_all_steps_come_with_the_dose():
    messages, _ = coach_reply(KNEELING, 2, "show_all_steps")
    assert [m["text"].split(" ", 1)[0] for m in messages] == ["1.", "Do"]


def test_step_five_carries_the_form_cues():
    messages, _ = coach_reply(KNEELING, 4, "next_step")
    assert "1-2 inches" in messages[0]["text"] and "neck relaxed" in messages[0]["text"]


def test_the_coach_buttons_send_the_coach_intents():
    assert [payload for _, payload in COACH_BUTTONS] == [
        "/next_step",
        "/repeat_step",
        "/previous_step",
        "/show_all_steps",
        "/exercise_hurts",
    ]
