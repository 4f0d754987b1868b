"""The plan in real dates: four sessions a week and the check-in."""

from datetime import date

import pytest

from triage.plan import plan_from, plan_message


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
