"""The plan in real dates and the step-by-step coach."""

from datetime import date

import pytest

from triage.coach import coach_reply
from triage.plan import plan_from, plan_message
from triage.routine import VARIANTS

KNEELING = VARIANTS["kneeling_with_roller"]


@pytest.mark.parametrize(
    "today, first_sessions, check_in",
    [
        (
            date(2026, 11, 28),
            [date(2026, 11, 28), date(2026, 11, 30), date(2026, 12, 2)],
            date(2026, 12, 26),
        ),
        (
            date(2026, 11, 24),
            [date(2026, 11, 25), date(2026, 11, 27), date(2026, 11, 28)],
            date(2026, 12, 22),
        ),
    ],
)
def test_plan_dates(today, first_sessions, check_in):
    plan = plan_from(today)
    assert list(plan.sessions[:3]) == first_sessions
    assert plan.check_in == check_in
    assert len(plan.sessions) == 16  # 4 a week for 4 weeks
    assert all(day.weekday() in (0, 2, 4, 5) for day in plan.sessions)


def test_plan_message_names_real_dates():
    text = plan_message(plan_from(date(2026, 11, 24)))
    assert "Wednesday 25 November" in text
    assert "Check in with me on Tuesday 22 December" in text


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
