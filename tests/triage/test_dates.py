"""Reading start dates with a fixed "today" (Saturday 28 November 2026)."""

from datetime import date, datetime

import pytest
from dateutil import tz

from triage.dates import AMBIGUOUS, FUTURE, UNREADABLE, read_date, spoken, today_in

TODAY = date(2026, 11, 28)  # a Saturday


@pytest.mark.parametrize(
    "text, expected",
    [
        # absolute dates
        ("I started the routine on 3 November and it's no better", date(2026, 11, 3)),
        ("started on the 3rd of November", date(2026, 11, 3)),
        ("since Nov 3", date(2026, 11, 3)),
        ("November 3rd", date(2026, 11, 3)),
        ("3 nov", date(2026, 11, 3)),
        ("began 2026-10-31", date(2026, 10, 31)),
        ("on 1 October 2026", date(2026, 10, 1)),
        ("15/10", date(2026, 10, 15)),
        ("15/10/2026", date(2026, 10, 15)),
        ("10/10", date(2026, 10, 10)),
        ("started 28/11", TODAY),
        # relative phrases
        ("been doing it three weeks, a bit better", date(2026, 11, 7)),
        ("3 weeks ago", date(2026, 11, 7)),
        ("for 2 weeks", date(2026, 11, 14)),
        ("a fortnight", date(2026, 11, 14)),
        ("about a fortnight ago", date(2026, 11, 14)),
        ("a couple of weeks", date(2026, 11, 14)),
        ("a few days ago", date(2026, 11, 25)),
        ("10 days ago", date(2026, 11, 18)),
        ("six weeks now", date(2026, 10, 17)),
        ("for about a month", date(2026, 10, 28)),
        ("a month ago", date(2026, 10, 28)),
        ("2 months", date(2026, 9, 28)),
        ("a week", date(2026, 11, 21)),
        ("half a week", date(2026, 11, 24)),
        ("since last Monday", date(2026, 11, 23)),
        ("last monday", date(2026, 11, 23)),
        ("on Saturday", date(2026, 11, 21)),
        ("since friday", date(2026, 11, 27)),
        ("yesterday", date(2026, 11, 27)),
        ("today", TODAY),
        ("I started this morning", TODAY),
    ],
)
def test_readable_dates(text, expected):
    reading = read_date(text, TODAY)
    assert (reading.date, reading.problem) == (expected, None)


@pytest.mark.parametrize(
    "text, options",
    [
        ("started 10/11", (date(2026, 11, 10), date(2026, 10, 11))),
        ("5/6", (date(2026, 6, 5), date(2026, 5, 6))),
        ("since 1.2.2026", (date(2026, 2, 1), date(2026, 1, 2))),
    ],
)
def test_ambiguous_day_and_month_asks_which(text, options):
    reading = read_date(text, TODAY)
    assert reading.problem == AMBIGUOUS
    assert reading.options == options
    assert reading.date is None


@pytest.mark.parametrize(
    "text",
    [
        "next week",
        "tomorrow",
        "next Monday",
        "in two weeks",
        "on 5 December",
        "2027-01-04",
        "12/12/2026",
        "30/12",
    ],
)
def test_future_dates_are_asked_again(text):
    reading = read_date(text, TODAY)
    assert (reading.date, reading.problem) == (None, FUTURE)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "banana",
        "no idea",
        "it's no better",
        "asdf qwer",
        "31/02",
        "99/99",
        "😀",
        "<b>3</b>",
        "x" * 100_000,
    ],
)
def test_nonsense_is_unreadable(text):
    reading = read_date(text, TODAY)
    assert reading.date is None
    assert reading.problem in (UNREADABLE, FUTURE)


def test_invalid_iso_date_is_unreadable():
    assert read_date("2026-02-31", TODAY).problem == UNREADABLE


@pytest.mark.parametrize(
    "zone, expected",
    [
        (None, date(2026, 11, 28)),
        ("UTC", date(2026, 11, 28)),
        ("Pacific/Auckland", date(2026, 11, 29)),  # UTC+13 in November
        ("America/Los_Angeles", date(2026, 11, 28)),
        ("Not/AZone", date(2026, 11, 28)),
    ],
)
def test_today_in_the_persons_time_zone(zone, expected):
    now = datetime(2026, 11, 28, 11, 30, tzinfo=tz.UTC)
    assert today_in(zone, now) == expected


def test_early_utc_morning_is_still_yesterday_in_los_angeles():
    assert today_in("America/Los_Angeles", datetime(2026, 11, 28, 2, 30, tzinfo=tz.UTC)) == date(
        2026, 11, 27
    )


def test_relative_dates_follow_the_persons_today():
    auckland_today = today_in("Pacific/Auckland", datetime(2026, 11, 28, 20, 0, tzinfo=tz.UTC))
    assert read_date("yesterday", auckland_today).date == date(2026, 11, 28)


@pytest.mark.parametrize(
    "day, text",
    [(date(2026, 12, 22), "Tuesday 22 December"), (date(2026, 11, 2), "Monday 2 November")],
)
def test_spoken(day, text):
    assert spoken(day) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        # short units, and how often is not when
        ("did it like 6 wks 3 times a week", date(2026, 10, 20)),
        ("about 2 mths", date(2026, 10, 1)),
        ("3 yrs ago", date(2023, 12, 2)),
        ("twice a week for a fortnight", date(2026, 11, 17)),
        ("4x per week for 3 weeks", date(2026, 11, 10)),
    ],
)
def test_short_units_and_frequencies(text, expected):
    assert read_date(text, date(2026, 12, 1)).date == expected
