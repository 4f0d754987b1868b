"""The plan as an iCalendar file: parsed back with icalendar, expanded with
recurring-ical-events (and, as a second opinion, dateutil), it must say exactly
what the assistant says: the dates of plan.py, at 18:00 local, across DST changes."""

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from dateutil.rrule import rrulestr
from icalendar import Calendar

from keepsakes.calendar_file import BYDAY, PRODID, plan_calendar
from triage.plan import Plan, plan_from
from triage.routine import FLOOR, KNEELING, STANDING, VARIANTS

STAMP = datetime(2026, 10, 1, 9, 30, tzinfo=timezone.utc)
SIX_PM = time(18, 0)
H = timedelta(hours=1)

# today, zone, variant, UTC offsets the sessions must show (two = a DST change inside the plan)
CASES = [
    pytest.param(
        date(2026, 10, 20), "Europe/London", KNEELING, {H, 0 * H}, id="london-oct-dst-end"
    ),
    pytest.param(
        date(2026, 3, 23), "Europe/London", STANDING, {0 * H, H}, id="london-mar-dst-start"
    ),
    pytest.param(
        date(2026, 10, 28),
        "America/New_York",
        STANDING,
        {-4 * H, -5 * H},
        id="new-york-nov-dst-end",
    ),
    pytest.param(
        date(2026, 10, 20),
        "Asia/Kolkata",
        FLOOR,
        {timedelta(hours=5, minutes=30)},
        id="kolkata-no-dst",
    ),
    pytest.param(
        date(2026, 3, 25), "Australia/Sydney", KNEELING, {11 * H, 10 * H}, id="sydney-apr-dst-end"
    ),
    pytest.param(
        date(2026, 9, 20), "Australia/Sydney", FLOOR, {10 * H, 11 * H}, id="sydney-oct-dst-start"
    ),
    pytest.param(date(2026, 11, 29), None, KNEELING, {0 * H}, id="no-zone-utc"),
]


def build(today, zone, variant_name, at=SIX_PM, stamp=STAMP):
    plan = plan_from(today)
    data = plan_calendar(plan, VARIANTS[variant_name], zone, at, stamp=stamp)
    return plan, data, Calendar.from_ical(data)


def events(calendar, summary_start):
    return [
        event
        for event in calendar.walk("VEVENT")
        if str(event["SUMMARY"]).startswith(summary_start)
    ]


def occurrences(calendar, plan, summary_start):
    """Every occurrence in a window well beyond the plan on both sides."""
    found = recurring_ical_events.of(calendar).between(
        plan.sessions[0] - timedelta(days=14), plan.check_in + timedelta(days=60)
    )
    return [event for event in found if str(event["SUMMARY"]).startswith(summary_start)]


def local_zone(zone):
    return ZoneInfo(zone) if zone else timezone.utc


@pytest.mark.parametrize("today, zone, variant_name, offsets", CASES)
def test_sessions_expand_to_exactly_the_plan_at_six_pm_local(today, zone, variant_name, offsets):
    plan, _, calendar = build(today, zone, variant_name)
    found = occurrences(calendar, plan, "Mid-back routine")
    starts = sorted(event["DTSTART"].dt for event in found)
    local = [start.astimezone(local_zone(zone)) for start in starts]
    assert [moment.date() for moment in local] == list(plan.sessions)
    assert {moment.time() for moment in local} == {SIX_PM}
    # The DST change really falls inside the plan (or, without DST, does not).
    assert {moment.utcoffset() for moment in local} == offsets
    assert all(event["DTEND"].dt - event["DTSTART"].dt == timedelta(minutes=15) for event in found)


@pytest.mark.parametrize("today, zone, variant_name, offsets", CASES)
def test_a_second_parser_agrees_on_the_sessions(today, zone, variant_name, offsets):
    plan, _, calendar = build(today, zone, variant_name)
    (event,) = events(calendar, "Mid-back routine")
    start = event["DTSTART"].dt
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    assert [moment.astimezone(local_zone(zone)).date() for moment in rule] == list(plan.sessions)


@pytest.mark.parametrize("today, zone, variant_name, offsets", CASES)
def test_check_in_is_one_all_day_event_on_the_check_in_date(today, zone, variant_name, offsets):
    plan, _, calendar = build(today, zone, variant_name)
    (event,) = events(calendar, "Check in with the assistant")
    assert event["DTSTART"].dt == plan.check_in and not isinstance(event["DTSTART"].dt, datetime)
    assert event["DTEND"].dt == plan.check_in + timedelta(days=1)
    assert "RRULE" not in event
    found = occurrences(calendar, plan, "Check in with the assistant")
    assert [occurrence["DTSTART"].dt for occurrence in found] == [plan.check_in]


@pytest.mark.parametrize("today, zone, variant_name, offsets", CASES)
def test_rule_and_time_zone_follow_rfc_5545(today, zone, variant_name, offsets):
    plan, data, calendar = build(today, zone, variant_name)
    (event,) = events(calendar, "Mid-back routine")
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["MO", "WE", "FR", "SA"] == list(BYDAY)
    (until,) = rule["UNTIL"]
    last = datetime.combine(plan.sessions[-1], SIX_PM, tzinfo=local_zone(zone))
    assert until.utcoffset() == timedelta(0) and until == last
    assert b"UNTIL=" + last.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ").encode() in data
    assert event["DTSTART"].dt == datetime.combine(
        plan.sessions[0], SIX_PM, tzinfo=local_zone(zone)
    )
    assert calendar.get_missing_tzids() == set()
    if zone:
        assert event["DTSTART"].params["TZID"] == zone
        assert [timezone_.tz_name for timezone_ in calendar.timezones] == [zone]
        assert data.index(b"BEGIN:VTIMEZONE") < data.index(b"BEGIN:VEVENT")
    else:
        assert "TZID" not in event["DTSTART"].params and calendar.timezones == []
        first = datetime.combine(plan.sessions[0], SIX_PM, tzinfo=timezone.utc)
        assert b"DTSTART:" + first.strftime("%Y%m%dT%H%M%SZ").encode() in data


@pytest.mark.parametrize("variant_name", [KNEELING, STANDING, FLOOR])
def test_calendar_and_session_event_carry_the_routine(variant_name):
    variant = VARIANTS[variant_name]
    _, _, calendar = build(date(2026, 10, 20), "Europe/London", variant_name)
    assert str(calendar["PRODID"]) == PRODID and "midback-knot-triage" in PRODID
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["METHOD"]) == "PUBLISH"
    (event,) = events(calendar, "Mid-back routine")
    assert str(event["SUMMARY"]) == f"Mid-back routine: {variant.title}"
    assert event["DURATION"].dt == timedelta(minutes=15)
    description = str(event["DESCRIPTION"])
    assert "30 repetitions" in description
    for number, step in enumerate(variant.steps, start=1):
        assert f"{number}. {step}" in description
    assert "emergency number" in description
    assert all(item["DTSTAMP"].dt == STAMP for item in calendar.walk("VEVENT"))


def test_uids_are_stable_for_the_same_plan_and_differ_for_another():
    _, first, one = build(date(2026, 10, 20), "Europe/London", KNEELING, stamp=STAMP)
    _, second, again = build(
        date(2026, 10, 20), "Europe/London", KNEELING, stamp=STAMP + timedelta(days=3)
    )
    _, _, other_day = build(date(2026, 10, 21), "Europe/London", KNEELING)
    _, _, other_variant = build(date(2026, 10, 20), "Europe/London", FLOOR)

    def uids(calendar):
        return [str(event["UID"]) for event in calendar.walk("VEVENT")]

    assert uids(one) == uids(again)
    assert len(set(uids(one))) == 2 and all(
        uid.endswith("@midback-knot-triage") for uid in uids(one)
    )
    assert not set(uids(one)) & set(uids(other_day))
    assert not set(uids(one)) & set(uids(other_variant))
    # Only DTSTAMP differs between two downloads of the same plan.
    differing = [a for a, b in zip(first.splitlines(), second.splitlines(), strict=True) if a != b]
    assert differing and all(line.startswith(b"DTSTAMP:") for line in differing)


@pytest.mark.parametrize(
    "bad_zone",
    [
        "Mars/Olympus_Mons",
        "",
        "europe/london",
        "Europe/London\n",
        "../../etc/passwd",
        "localtime",
        "Factory",
        42,
    ],
)
def test_an_unknown_zone_falls_back_to_utc(bad_zone):
    plan = plan_from(date(2026, 10, 20))
    data = plan_calendar(plan, VARIANTS[KNEELING], bad_zone, stamp=STAMP)
    assert data == plan_calendar(plan, VARIANTS[KNEELING], None, stamp=STAMP)
    calendar = Calendar.from_ical(data)
    assert calendar.timezones == [] and b"TZID" not in data
    found = occurrences(calendar, plan, "Mid-back routine")
    assert sorted(event["DTSTART"].dt for event in found) == [
        datetime.combine(day, SIX_PM, tzinfo=timezone.utc) for day in plan.sessions
    ]


def test_a_zone_icalendar_writes_as_utc_is_the_utc_file():
    plan = plan_from(date(2026, 10, 20))
    assert plan_calendar(plan, VARIANTS[STANDING], "Etc/UTC", stamp=STAMP) == plan_calendar(
        plan, VARIANTS[STANDING], None, stamp=STAMP
    )


def test_another_session_time_stays_local_across_the_dst_change():
    plan, _, calendar = build(date(2026, 10, 28), "America/New_York", FLOOR, at=time(7, 30))
    local = [
        event["DTSTART"].dt.astimezone(ZoneInfo("America/New_York"))
        for event in occurrences(calendar, plan, "Mid")
    ]
    assert sorted(moment.date() for moment in local) == list(plan.sessions)
    assert {moment.time() for moment in local} == {time(7, 30)}
    assert len({moment.utcoffset() for moment in local}) == 2


def test_a_last_session_in_a_dst_gap_is_not_cut_off():
    # Cairo springs forward at midnight on Friday 24 April 2026, the last session here.
    cairo = ZoneInfo("Africa/Cairo")
    plan, _, calendar = build(date(2026, 3, 28), "Africa/Cairo", FLOOR, at=time(0, 30))
    gap = datetime(2026, 4, 24, 0, 30, tzinfo=cairo)
    assert plan.sessions[-1] == gap.date() and gap.utcoffset() != gap.replace(fold=1).utcoffset()
    found = occurrences(calendar, plan, "Mid-back routine")
    assert sorted(event["DTSTART"].dt.date() for event in found) == list(plan.sessions)


def test_a_plan_without_sessions_still_has_the_check_in():
    plan = plan_from(date(2026, 10, 20), weeks=0)
    calendar = Calendar.from_ical(
        plan_calendar(plan, VARIANTS[KNEELING], "Europe/London", stamp=STAMP)
    )
    assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == [
        "Check in with the assistant"
    ]
    assert calendar.walk("VEVENT")[0]["DTSTART"].dt == plan.check_in


@pytest.mark.parametrize(
    "plan",
    [
        Plan((date(2026, 10, 21), date(2026, 10, 22)), date(2026, 11, 18)),  # a Thursday
        Plan((date(2026, 10, 21), date(2026, 10, 24)), date(2026, 11, 18)),  # Friday missing
        Plan(
            (date(2026, 10, 21), date(2026, 10, 23)), date(2026, 10, 23)
        ),  # session on the check-in
    ],
)
def test_a_plan_the_rule_cannot_state_is_refused(plan):
    with pytest.raises(ValueError, match="plan_from"):
        plan_calendar(plan, VARIANTS[KNEELING], "Europe/London", stamp=STAMP)
