"""Reading "when did you start?" answers into dates, and writing dates for people.

Plain Python on python-dateutil. Absolute dates ("3 November", "2026-11-03",
"10/11") go through `dateutil.parser`; relative phrases ("3 weeks ago", "a
fortnight", "last Monday", "for about a month") through the small parser here.
A reading is never a guess: an ambiguous day/month, a date in the future or
text without a date comes back with a problem to ask about.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Optional, Tuple

from dateutil import parser as date_parser
from dateutil import tz
from dateutil.relativedelta import relativedelta

AMBIGUOUS = "ambiguous"
FUTURE = "future"
UNREADABLE = "unreadable"

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a few": 3,
    "few": 3,
    "several": 3,
    "half a": 0.5,
}
_UNITS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
_SHORT_UNITS = {"wk": "week", "mth": "month", "mnth": "month", "yr": "year"}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|"
    "april|june|july|august|september|october|november|december"
)

_NUMBER = (
    r"(\d+(?:\.\d+)?|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True)) + ")"
)
_DURATION = re.compile(
    rf"\b(?:about |around |roughly |nearly |almost |over |maybe |like )?{_NUMBER}\s*"
    r"(day|week|wk|fortnight|month|mth|mnth|year|yr)s?\b"
)
# How often, not when: "3 times a week", "twice a day", "4x per week".
_FREQUENCY = re.compile(r"\b(\d+ ?x|\w+ times|once|twice) (a|per|every) (day|week|wk|month)\b")
_BARE_UNIT = re.compile(r"\b(?:a |one )?(fortnight|week|month|year)\b")
_WEEKDAY = re.compile(r"\b(last |this |on |since )?(" + "|".join(_WEEKDAYS) + r")\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b")
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? ({_MONTHS})\b(?:,? (\d{{4}}))?"
    rf"|\b({_MONTHS}) (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}}))?"
)
_FUTURE_WORDS = re.compile(
    r"\b(tomorrow|next (week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"in \w+ (days?|weeks?))\b"
)
_TODAY = re.compile(r"\b(today|this morning|earlier today)\b")
_YESTERDAY = re.compile(r"\byesterday\b")


@dataclass(frozen=True)
class DateReading:
    """A date read from text, or the reason it could not be read."""

    date: Optional[date] = None
    problem: Optional[str] = None
    options: Tuple[date, ...] = ()


def today_in(timezone: Optional[str], now: Optional[datetime] = None) -> date:
    """Today's date in an IANA time zone (UTC when unknown)."""
    zone = tz.gettz(timezone) if timezone else None
    moment = now or datetime.now(tz.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz.UTC)
    return moment.astimezone(zone or tz.UTC).date()


def _number(word: str) -> float:
    return float(word) if word[0].isdigit() else _NUMBERS[word]


def _checked(day: date, today: date) -> DateReading:
    return DateReading(problem=FUTURE) if day > today else DateReading(date=day)


def _relative(text: str, today: date) -> Optional[DateReading]:
    if _FUTURE_WORDS.search(text):
        return DateReading(problem=FUTURE)
    if _TODAY.search(text):
        return DateReading(date=today)
    if _YESTERDAY.search(text):
        return DateReading(date=today - timedelta(days=1))
    duration = _DURATION.search(text)
    if duration:
        amount = _number(duration.group(1))
        unit = _SHORT_UNITS.get(duration.group(2), duration.group(2))
        if unit == "month" and amount == int(amount):
            return DateReading(date=today - relativedelta(months=int(amount)))
        return DateReading(date=today - timedelta(days=round(amount * _UNITS[unit])))
    bare = _BARE_UNIT.search(text)
    if bare and not _DAY_MONTH.search(text):
        if bare.group(1) == "month":
            return DateReading(date=today - relativedelta(months=1))
        return DateReading(date=today - timedelta(days=_UNITS[bare.group(1)]))
    weekday = _WEEKDAY.search(text)
    if weekday:
        index = _WEEKDAYS.index(weekday.group(2))
        # The most recent such day before today; "last Monday" said on a Monday
        # is a week ago.
        days_back = (today.weekday() - index) % 7 or 7
        return DateReading(date=today - timedelta(days=days_back))
    return None


def _numeric(match: "re.Match[str]", today: date) -> DateReading:
    first, second = int(match.group(1)), int(match.group(2))
    candidates = []
    for day_first in (True, False):
        try:
            parsed = date_parser.parse(
                match.group(0), dayfirst=day_first, default=datetime(today.year, 1, 1)
            )
        except (ValueError, OverflowError):
            continue
        candidates.append(parsed.date())
    candidates = list(dict.fromkeys(candidates))
    if not candidates:
        return DateReading(problem=UNREADABLE)
    past = [day for day in candidates if day <= today]
    if first != second and first <= 12 and second <= 12 and len(past) == 2:
        return DateReading(problem=AMBIGUOUS, options=tuple(past))
    if not past:
        return DateReading(problem=FUTURE)
    return DateReading(date=past[0])


def read_date(text: str, today: date) -> DateReading:
    """The date a person means in `text`, relative to `today`."""
    words = _FREQUENCY.sub(" ", " ".join((text or "").lower().replace(",", " ").split())[:300])
    iso = _ISO.search(words)
    if iso:
        try:
            return _checked(date.fromisoformat(iso.group(0)), today)
        except ValueError:
            return DateReading(problem=UNREADABLE)
    day_month = _DAY_MONTH.search(words)
    if day_month:
        try:
            parsed = date_parser.parse(day_month.group(0), default=datetime(today.year, 1, 1))
        except (ValueError, OverflowError):
            return DateReading(problem=UNREADABLE)
        return _checked(parsed.date(), today)
    numeric = _NUMERIC.search(words)
    if numeric:
        return _numeric(numeric, today)
    return _relative(words, today) or DateReading(problem=UNREADABLE)


def spoken(day: date) -> str:
    """A date the way people say it: 'Tuesday 22 December'."""
    return f"{day:%A} {day.day} {day:%B}"
