"""The clinical decision: the person's answers in, a triage level and reasons out.

Pure Python with no Rasa imports. The rules are those of the decision table,
docs/decision-table.md (written from this module by `python -m triage.decision_table`
and checked against it by tests/triage/test_decision_table.py): the most urgent
level that applies wins, and a question that could not be answered counts as the
more cautious answer.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any, FrozenSet, List, Mapping, Optional, Sequence, Tuple

from triage import red_flags
from triage.contract import (
    BETTER,
    EMERGENCY,
    FEELS_NOT_RIGHT,
    KNOT_LOCATION,
    KNOT_SINCE,
    KNOT_SINCE_PREFIX,
    LEVELS,
    MID_BACK,
    NECK_PAIN,
    NERVE_SYMPTOMS,
    PROGRESS_VALUES,
    REASON_FEELS_NOT_RIGHT,
    REASON_MID_BACK_KNOT,
    REASON_NECK_PAIN,
    REASON_NERVE_SYMPTOMS,
    REASON_NO_IMPROVEMENT,
    REASON_NO_RED_FLAGS,
    REASON_NOT_MID_BACK,
    REASON_ROUTINE_HELPING,
    REASON_ROUTINE_IN_PROGRESS,
    RED_FLAG_PREFIX,
    RED_FLAGS,
    ROUTINE_PROGRESS,
    ROUTINE_STARTED_ON,
    ROUTINE_TRIAL_DAYS,
    SAME,
    SEE_PROFESSIONAL,
    SELF_CARE_ROUTINE,
    TRIED_STRETCHING_MASSAGE,
    UNANSWERED_PREFIX,
    UNKNOWN,
    UNSURE,
    UNSURE_ANSWERS,
    UNSURE_PREFIX,
    URGENT_CARE,
    WORSE,
)


@dataclass(frozen=True)
class Answers:
    """What the person has told us so far (None: not answered yet)."""

    knot_location: Optional[str] = None
    red_flags: Optional[Sequence[str]] = None
    neck_pain: Optional[bool] = None
    nerve_symptoms: Optional[bool] = None
    tried_stretching_massage: Optional[bool] = None
    feels_not_right: bool = False
    unsure: FrozenSet[str] = frozenset()
    knot_since: Optional[str] = None
    routine_days: Optional[int] = None
    routine_progress: Optional[str] = None


@dataclass(frozen=True)
class Decision:
    level: str
    reasons: Tuple[str, ...]


def _most_urgent(levels: Sequence[str]) -> str:
    return min(levels, key=LEVELS.index)


def _red_flag_findings(answers: Answers) -> List[Tuple[str, str]]:
    findings = [
        (red_flags.level_of(flag), RED_FLAG_PREFIX + flag)
        for flag in dict.fromkeys(answers.red_flags or ())
    ]
    if RED_FLAGS in answers.unsure and not findings:
        findings.append((URGENT_CARE, UNSURE_PREFIX + RED_FLAGS))
    return findings


def _professional_findings(answers: Answers) -> List[Tuple[str, str]]:
    findings = []
    if answers.knot_location is not None and answers.knot_location != MID_BACK:
        findings.append(REASON_NOT_MID_BACK)
    if answers.neck_pain:
        findings.append(REASON_NECK_PAIN)
    if answers.nerve_symptoms:
        findings.append(REASON_NERVE_SYMPTOMS)
    if answers.feels_not_right:
        findings.append(REASON_FEELS_NOT_RIGHT)
    for question in (KNOT_LOCATION, NECK_PAIN, NERVE_SYMPTOMS):
        if question in answers.unsure:
            findings.append(UNSURE_PREFIX + question)
    if answers.routine_progress == WORSE or (
        answers.routine_progress == SAME
        and answers.routine_days is not None
        and answers.routine_days >= ROUTINE_TRIAL_DAYS
    ):
        findings.append(REASON_NO_IMPROVEMENT)
    if answers.routine_progress:
        # A follow-up: the person was triaged to the routine before.
        return [(SEE_PROFESSIONAL, reason) for reason in findings]
    for question, value in (
        (KNOT_LOCATION, answers.knot_location),
        (RED_FLAGS, answers.red_flags),
        (NECK_PAIN, answers.neck_pain),
        (NERVE_SYMPTOMS, answers.nerve_symptoms),
    ):
        if value is None and question not in answers.unsure:
            findings.append(UNANSWERED_PREFIX + question)
    return [(SEE_PROFESSIONAL, reason) for reason in findings]


def decide(answers: Answers) -> Decision:
    """Triage level and machine-readable reasons for a set of answers.

    Red flags escalate whatever else is known. Without one, any reason to see a
    professional (including an unanswered or unsure question) rules out the
    home routine.
    """
    urgent = _red_flag_findings(answers)
    professional = _professional_findings(answers)
    if urgent:
        # Escalation does not wait for the remaining questions.
        professional = [
            finding for finding in professional if not finding[1].startswith(UNANSWERED_PREFIX)
        ]
    findings = urgent + professional
    onset = (KNOT_SINCE_PREFIX + answers.knot_since,) if answers.knot_since else ()
    if not findings:
        return Decision(SELF_CARE_ROUTINE, _self_care_reasons(answers) + onset)
    ordered = sorted(findings, key=lambda finding: LEVELS.index(finding[0]))
    level = _most_urgent([found_level for found_level, _ in findings])
    return Decision(level, tuple(reason for _, reason in ordered) + onset)


def _self_care_reasons(answers: Answers) -> Tuple[str, ...]:
    if answers.routine_progress == BETTER:
        return (REASON_ROUTINE_HELPING,)
    if answers.routine_progress:
        return (REASON_ROUTINE_IN_PROGRESS,)
    return (REASON_MID_BACK_KNOT, REASON_NO_RED_FLAGS)


def is_escalation(level: str) -> bool:
    """True for the levels that send the person to care today or now."""
    return level in (EMERGENCY, URGENT_CARE)


def answers_from_slots(slots: Mapping[str, Any], today: Optional[date] = None) -> Answers:
    """Answers from slot values as the tracker holds them (`today` dates the routine)."""

    def boolean(name: str) -> Optional[bool]:
        value = slots.get(name)
        return value if isinstance(value, bool) else None

    location = slots.get(KNOT_LOCATION)
    flags = slots.get(RED_FLAGS)
    progress = slots.get(ROUTINE_PROGRESS)
    started = _iso_date(slots.get(ROUTINE_STARTED_ON))
    routine_days = (today - date.fromisoformat(started)).days if started and today else None
    if slots.get(ROUTINE_STARTED_ON) == UNKNOWN:
        routine_days = ROUTINE_TRIAL_DAYS  # an unknown start counts as a full trial
    return Answers(
        knot_location=location if isinstance(location, str) and location != UNSURE else None,
        red_flags=[f for f in flags if isinstance(f, str)] if isinstance(flags, list) else None,
        neck_pain=boolean(NECK_PAIN),
        nerve_symptoms=boolean(NERVE_SYMPTOMS),
        tried_stretching_massage=boolean(TRIED_STRETCHING_MASSAGE),
        feels_not_right=slots.get(FEELS_NOT_RIGHT) is True,
        unsure=frozenset(slots.get(UNSURE_ANSWERS) or ()),
        knot_since=_iso_date(slots.get(KNOT_SINCE)),
        routine_days=routine_days,
        routine_progress=progress if progress in PROGRESS_VALUES else None,
    )


def _iso_date(value: Any) -> Optional[str]:
    try:
        return date.fromisoformat(value).isoformat() if isinstance(value, str) else None
    except ValueError:
        return None
