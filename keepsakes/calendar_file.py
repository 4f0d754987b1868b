"""The routine plan as an iCalendar file the person can add to their calendar.

Plain Python on the `icalendar` library (no Rasa imports). `plan_calendar` turns
the plan from `triage.plan` into a VCALENDAR with two events:

* the sessions: one recurring VEVENT, 15 minutes at `session_time` (18:00 unless
  told otherwise) in the person's IANA time zone, with
  ``RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR,SA;UNTIL=...``. DTSTART is the first
  session. UNTIL is the last session before the check-in, written in UTC, as
  RFC 5545 requires when DTSTART has a TZID (and when DTSTART is itself UTC).
  Expanding the rule therefore gives exactly `plan.sessions`;
* the check-in: an all-day VEVENT on `plan.check_in` (DTSTART;VALUE=DATE, DTEND
  the next day, TRANSP:TRANSPARENT). All-day keeps it on the very date the
  assistant says, whatever zone the calendar app is set to, and it does not mark
  the person busy.

The VTIMEZONE for the zone is added with `Calendar.add_missing_timezones()`,
covering the calendar years the plan touches, so calendar apps show local times
and keep 18:00 at 18:00 across a daylight-saving change.

Time zones: the zone is an IANA name from the channel (untrusted). A name that is
not one of the system's IANA zones (`zoneinfo.available_timezones()`, minus the
pseudo-zones "localtime", "posixrules" and "Factory", which describe the server,
not a place), that is not a string, or for which icalendar cannot build a
VTIMEZONE, falls back to UTC: times are then written as UTC ("...Z") and there is
no VTIMEZONE. This never raises for a zone.

UIDs are derived from what the file says (the plan's dates, the variant, the zone
used and the session time), never random: downloading the same plan again gives
the same UIDs, so a calendar app updates the events instead of duplicating them.
A different plan, variant, zone or time gives different UIDs (new events).
"""

import hashlib
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import FrozenSet, Optional, Tuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from dateutil.rrule import WEEKLY, rrule
from icalendar import Calendar, Event

from triage.plan import SESSION_DAYS, Plan
from triage.routine import DOSE, WHEN_TO_STOP, Variant, numbered_steps

PRODID = "-//midback-knot-triage//Self-care plan//EN"
UID_DOMAIN = "midback-knot-triage"
SESSION_LENGTH = timedelta(minutes=15)
DEFAULT_SESSION_TIME = time(18, 0)
CHECK_IN_SUMMARY = "Check in with the assistant"
CHECK_IN_TEXT = (
    "Tell the assistant how the routine is going: after 3-4 weeks is when a change usually shows."
)
CONTENT_TYPE = "text/calendar; charset=utf-8"

_ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
BYDAY = tuple(_ICAL_DAYS[day.weekday] for day in SESSION_DAYS)
# Names zoneinfo accepts on Debian that are not a place: the server's own zone,
# a legacy rules file and the "zone unknown" placeholder.
_NOT_PLACES = frozenset({"localtime", "posixrules", "Factory"})


@lru_cache(maxsize=1)
def _known_zones() -> FrozenSet[str]:
    return frozenset(available_timezones()) - _NOT_PLACES


def resolve_zone(zone: Optional[str]) -> tzinfo:
    """The person's zone as a tzinfo; UTC when it is missing or not a known IANA zone."""
    if isinstance(zone, str) and zone in _known_zones():
        try:
            return ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    return timezone.utc


def session_summary(variant: Variant) -> str:
    return f"Mid-back routine: {variant.title}"


def session_description(variant: Variant) -> str:
    """The dose, the variant's steps and when to stop, as the event's notes."""
    return (
        f"{DOSE}\n\n{variant.title}\nYou'll need: {variant.equipment}\n\n"
        f"{numbered_steps(variant)}\n\n{WHEN_TO_STOP}"
    )


def _checked_sessions(plan: Plan) -> Tuple[date, ...]:
    """The plan's sessions, after checking the weekly rule reproduces them exactly."""
    sessions = tuple(plan.sessions)
    if not sessions:
        return sessions
    expected = tuple(
        day.date()
        for day in rrule(
            WEEKLY,
            byweekday=SESSION_DAYS,
            dtstart=datetime.combine(sessions[0], time()),
            until=datetime.combine(sessions[-1], time()),
        )
    )
    if sessions != expected or sessions[-1] >= plan.check_in:
        raise ValueError(
            "The plan's sessions are not every Monday, Wednesday, Friday and Saturday "
            "from the first session to the last one before the check-in; build it "
            "with triage.plan.plan_from."
        )
    return sessions


def _uid_key(plan: Plan, variant: Variant, tzid: str, at: time) -> str:
    first = plan.sessions[0].isoformat() if plan.sessions else "-"
    last = plan.sessions[-1].isoformat() if plan.sessions else "-"
    text = "|".join(
        (
            first,
            last,
            str(len(plan.sessions)),
            plan.check_in.isoformat(),
            variant.name,
            tzid,
            at.isoformat(),
        )
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _utc_stamp(stamp: Optional[datetime]) -> datetime:
    moment = stamp or datetime.now(timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).replace(microsecond=0)


def _latest_utc(day: date, at: time, zone: tzinfo) -> datetime:
    """`day` at `at` in `zone`, in UTC; for a wall time a DST change makes
    ambiguous or skipped, the later reading, so UNTIL never cuts off the last session."""
    local = datetime.combine(day, at, tzinfo=zone)
    return max(local.replace(fold=fold).astimezone(timezone.utc) for fold in (0, 1))


def _build(
    plan: Plan, variant: Variant, zone: tzinfo, tzid: str, at: time, stamp: datetime
) -> Calendar:
    sessions = _checked_sessions(plan)
    key = _uid_key(plan, variant, tzid, at)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")

    if sessions:
        routine = Event()
        routine.add("uid", f"{key}-sessions@{UID_DOMAIN}")
        routine.add("dtstamp", stamp)
        routine.add("dtstart", datetime.combine(sessions[0], at, tzinfo=zone))
        routine.add("duration", SESSION_LENGTH)
        routine.add(
            "rrule",
            {"freq": "WEEKLY", "byday": list(BYDAY), "until": _latest_utc(sessions[-1], at, zone)},
        )
        routine.add("summary", session_summary(variant))
        routine.add("description", session_description(variant))
        calendar.add_component(routine)

    check_in = Event()
    check_in.add("uid", f"{key}-check-in@{UID_DOMAIN}")
    check_in.add("dtstamp", stamp)
    check_in.add("dtstart", plan.check_in)
    check_in.add("dtend", plan.check_in + timedelta(days=1))
    check_in.add("transp", "TRANSPARENT")
    check_in.add("summary", CHECK_IN_SUMMARY)
    check_in.add("description", f"{CHECK_IN_TEXT}\n\n{WHEN_TO_STOP}")
    calendar.add_component(check_in)

    first = sessions[0] if sessions else plan.check_in
    calendar.add_missing_timezones(
        first_date=date(first.year, 1, 1), last_date=date(plan.check_in.year + 1, 1, 1)
    )
    # VTIMEZONE before the events that use it, as most calendar apps write it.
    calendar.subcomponents.sort(key=lambda component: component.name != "VTIMEZONE")
    return calendar


def plan_calendar(
    plan: Plan,
    variant: Variant,
    zone: Optional[str],
    session_time: time = DEFAULT_SESSION_TIME,
    *,
    stamp: Optional[datetime] = None,
) -> bytes:
    """The plan as an iCalendar (.ics) file.

    `session_time` is a wall-clock time in the person's zone (any tzinfo on it is
    ignored; seconds are kept, microseconds dropped). `stamp` is the DTSTAMP (now,
    in UTC, unless given). Raises ValueError only for a plan whose sessions are
    not the Monday/Wednesday/Friday/Saturday run `plan_from` makes.
    """
    at = session_time.replace(tzinfo=None, microsecond=0)
    moment = _utc_stamp(stamp)
    resolved = resolve_zone(zone)
    if resolved is not timezone.utc:
        calendar = _build(plan, variant, resolved, zone, at, moment)
        # No TZID used means icalendar wrote the zone as UTC ("Etc/UTC", ...): build
        # the UTC file itself so its UIDs match. A missing VTIMEZONE means UTC too.
        if calendar.get_used_tzids() and not calendar.get_missing_tzids():
            return calendar.to_ical()
    return _build(plan, variant, timezone.utc, "UTC", at, moment).to_ical()
