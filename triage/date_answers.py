"""Answers about time and progress: when the knot began, when the routine started
and how it is going.

Plain Python. A date that cannot be used (ambiguous, in the future, unreadable)
leaves the "unsure" marker on the question with the problem noted, so the form
asks again in a way that fits; a second failed answer counts as unknown.
"""

from datetime import date
from typing import Any, Dict, Mapping, Optional

from triage.contract import (
    DATE_OPTIONS,
    DATE_PROBLEM,
    INTENT_REPORT_PROGRESS,
    KNOT_SINCE,
    ROUTINE_PROGRESS,
    ROUTINE_STARTED_ON,
    UNKNOWN,
    UNSURE,
    UNSURE_ABOUT,
    UNSURE_ANSWERS,
)
from triage.dates import UNREADABLE, read_date
from triage.progress import read_progress

DATE_QUESTIONS = (KNOT_SINCE, ROUTINE_STARTED_ON)


def _button_value(mentions, slot: str) -> Optional[str]:
    return next((m.value for m in mentions if m.label == slot), None)


def _date_answer(text: str, slot: str, current: Mapping[str, Any], today: date) -> Dict[str, Any]:
    reading = read_date(text, today)
    if reading.date:
        return {slot: reading.date.isoformat(), DATE_PROBLEM: None, DATE_OPTIONS: None}
    if current.get(UNSURE_ABOUT) == slot and current.get(DATE_PROBLEM):
        unsure = list(current.get(UNSURE_ANSWERS) or [])
        return {
            slot: UNKNOWN,
            DATE_PROBLEM: None,
            DATE_OPTIONS: None,
            UNSURE_ANSWERS: list(dict.fromkeys(unsure + [slot])),
        }
    return {
        slot: UNSURE,
        DATE_PROBLEM: reading.problem,
        DATE_OPTIONS: [option.isoformat() for option in reading.options] or None,
    }


def read_time_answers(
    text: str,
    intent: Optional[str],
    mentions,
    requested: Optional[str],
    current: Mapping[str, Any],
    today: date,
    following_up: bool = False,
    said_doing_our_routine: bool = False,
    news: bool = False,
) -> Dict[str, Any]:
    """Slot values about dates and progress that one message gives.

    A story of change ("it eased off over a few weeks") is a report on the
    routine only from someone `following_up` on it (whatever the intent, when
    the message itself says they are doing the routine), or while asked about it;
    its date is when the routine began, whatever question is out.
    A message with `news` (another answer changed) and no date is not a failed
    try at the date question: the question is simply asked again.
    """
    found: Dict[str, Any] = {}
    for slot in DATE_QUESTIONS + (ROUTINE_PROGRESS,):
        value = _button_value(mentions, slot)
        if value:
            found[slot] = value
    volunteered = following_up and (intent == INTENT_REPORT_PROGRESS or said_doing_our_routine)
    reporting = volunteered or requested in (ROUTINE_STARTED_ON, ROUTINE_PROGRESS)
    if reporting and ROUTINE_PROGRESS not in found:
        progress = read_progress(text)
        if progress:
            found[ROUTINE_PROGRESS] = progress
    # A volunteered report dates the routine, even while the knot's onset is asked.
    date_slot = (
        ROUTINE_STARTED_ON if volunteered else (requested if requested in DATE_QUESTIONS else None)
    )
    if date_slot and date_slot not in found:
        answer = _date_answer(text, date_slot, current, today)
        # Volunteered with a progress report, a date that is not there at all
        # is simply not an answer yet.
        unreadable = answer.get(DATE_PROBLEM) == UNREADABLE
        if (date_slot == requested and not (news and unreadable)) or not unreadable:
            found.update(answer)
    return found
