"""How long a conversation is kept, and how long its links work.

A conversation is kept `retention_days` (RETENTION_DAYS, default 30) after its
latest event. One with an active routine plan (self-care advice, the routine
given) is kept at least until the end of the day `CHECK_IN_GRACE_DAYS` (14)
after the plan's check-in date, in the person's time zone: the check-in is 4
weeks out, so someone who checks in a little late still finds their plan.

A link works while its conversation is stored and for at most `link_days`
after it was sent: the retention period, or the longest a plan keeps a
conversation after the routine was given (check-in 4 weeks out, the grace
period and a day for the end of the day and time zones), whichever is longer.
"""

from datetime import date, datetime, time, timedelta
from typing import Any, Dict, Mapping, Sequence

from keepsakes.calendar_file import resolve_zone
from triage.conversation_record import record_from_events
from triage.plan import plan_from

DAY_SECONDS = 86400
CHECK_IN_GRACE_DAYS = 14
_CHECK_IN_DAYS = (plan_from(date(2000, 1, 1)).check_in - date(2000, 1, 1)).days
PLAN_KEEP_DAYS = _CHECK_IN_DAYS + CHECK_IN_GRACE_DAYS + 1


def link_days(retention_days: float) -> float:
    """How long a link token is valid: as long as its conversation can be kept."""
    return max(retention_days, PLAN_KEEP_DAYS)


def slot_values(events: Sequence[Mapping[str, Any]]) -> Dict[str, Any]:
    """The slot values serialised events leave (a restart or reset clears them)."""
    slots: Dict[str, Any] = {}
    for event in events:
        kind = event.get("event")
        if kind == "slot" and isinstance(event.get("name"), str):
            slots[event["name"]] = event.get("value")
        elif kind in ("restart", "reset_slots"):
            slots = {}
    return slots


def keep_until(events: Sequence[Mapping[str, Any]], retention_days: float) -> float:
    """The Unix time until which a conversation (its serialised events) is kept."""
    stamps = [e["timestamp"] for e in events if isinstance(e.get("timestamp"), (int, float))]
    if not stamps:
        return 0.0
    until = max(stamps) + retention_days * DAY_SECONDS
    record = record_from_events(events, slot_values(events))
    plan = record.routine_plan()
    if plan is None or record.routine is None:
        return until
    last_day = plan[1].check_in + timedelta(days=CHECK_IN_GRACE_DAYS + 1)
    zone = resolve_zone(record.routine.zone)
    return max(until, datetime.combine(last_day, time(0), tzinfo=zone).timestamp())
