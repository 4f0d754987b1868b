"""What the assistant says when a person reports back on the routine."""

from datetime import date, timedelta
from typing import List, Mapping, Optional

from triage.contract import (
    REASON_NO_IMPROVEMENT,
    REASON_ROUTINE_HELPING,
    ROUTINE_PROGRESS,
    ROUTINE_STARTED_ON,
    ROUTINE_TRIAL_DAYS,
    SELF_CARE_ROUTINE,
    WORSE,
)
from triage.dates import spoken
from triage.decision import Decision
from triage.outcome_messages import HEADLINES, outcome_advice, summary

PROGRESSION = (
    "To progress: hold each lift for 2-3 seconds, lower it more slowly, and keep "
    "your 3-4 sessions a week. Once 30 repetitions feel easy, do them in two rounds "
    "with a short rest. Keep your neck relaxed throughout."
)


def _started(slots: Mapping[str, object]) -> Optional[date]:
    try:
        return date.fromisoformat(str(slots.get(ROUTINE_STARTED_ON)))
    except ValueError:
        return None


def follow_up_advice(decision: Decision, slots: Mapping[str, object], today: date) -> List[str]:
    """What to do after a progress report, and why (the printable summary shows these too)."""
    started = _started(slots)
    days = (today - started).days if started else None
    if decision.level != SELF_CARE_ROUTINE:
        texts = outcome_advice(decision, slots)
        if REASON_NO_IMPROVEMENT in decision.reasons:
            worse = slots.get(ROUTINE_PROGRESS) == WORSE
            texts[1:] = [
                "I'm saying this because "
                + (
                    "it's getting worse"
                    if worse
                    else f"it's no better after {days} days of the routine"
                )
                + ". The routine isn't the right fix for this knot, so have it assessed.",
            ]
        return texts
    if REASON_ROUTINE_HELPING in decision.reasons:
        return [
            f"{HEADLINES[SELF_CARE_ROUTINE]} Great to hear it's getting better: keep going.",
            PROGRESSION,
        ]
    expected = started + timedelta(days=ROUTINE_TRIAL_DAYS) if started else None
    when = f" by {spoken(expected)}" if expected else " after about 4 weeks"
    return [
        f"{HEADLINES[SELF_CARE_ROUTINE]} It's early days"
        + (f" ({days} days in)" if days is not None else "")
        + f": keep going. A change usually shows{when}. If it's no better by then, "
        "or it gets worse at any point, tell me and I'll suggest who to see."
    ]


def follow_up_messages(decision: Decision, slots: Mapping[str, object], today: date) -> List[str]:
    """The reply to a progress report, most important first: the advice, and the
    summary to show someone when it is time to see them."""
    texts = follow_up_advice(decision, slots, today)
    if decision.level != SELF_CARE_ROUTINE:
        texts.append(summary(slots, today))
    return texts
