"""The routine plan in real dates: session days from today and a check-in date.

Plain Python on python-dateutil: `rrule` lays out 4 sessions a week (Monday,
Wednesday, Friday, Saturday), `relativedelta` the check-in 4 weeks out.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Tuple

from dateutil.relativedelta import relativedelta
from dateutil.rrule import FR, MO, SA, WE, WEEKLY, rrule

from triage.dates import spoken

SESSION_DAYS = (MO, WE, FR, SA)
SESSION_DAY_NAMES = "Monday, Wednesday, Friday and Saturday"


@dataclass(frozen=True)
class Plan:
    sessions: Tuple[date, ...]
    check_in: date


def plan_from(today: date, weeks: int = 4) -> Plan:
    """Every session from today until the check-in date, 4 weeks out."""
    check_in = today + relativedelta(weeks=weeks)
    start = datetime.combine(today, datetime.min.time())
    days = rrule(
        WEEKLY,
        byweekday=SESSION_DAYS,
        dtstart=start,
        until=datetime.combine(check_in, datetime.min.time()),
    )
    return Plan(tuple(day.date() for day in days if day.date() < check_in), check_in)


def plan_message(plan: Plan) -> str:
    """The plan as the person reads it."""
    upcoming = ", ".join(spoken(day) for day in plan.sessions[:4])
    return (
        f"Your plan: 30 repetitions on {SESSION_DAY_NAMES} (3-4 sessions a week "
        f"suits too). Your next sessions: {upcoming}. Check in with me on "
        f"{spoken(plan.check_in)} and tell me how it's going: that's when a change "
        "usually shows."
    )
