"""What the assistant says for each triage level, and why.

Urgent levels lead with the instruction in one short message, then the reason.
Every outcome names the answers that led to it.
"""

from datetime import date
from typing import List, Mapping, Optional

from triage import red_flags
from triage.contract import (
    EMERGENCY,
    KNOT_LOCATION,
    KNOT_SINCE,
    LOWER_BACK,
    MID_BACK,
    NECK,
    NECK_PAIN,
    NERVE_SYMPTOMS,
    OTHER_PLACE,
    REASON_FEELS_NOT_RIGHT,
    REASON_NOT_MID_BACK,
    RED_FLAG_PREFIX,
    RED_FLAGS,
    SEE_PROFESSIONAL,
    SELF_CARE_ROUTINE,
    SHOULDER,
    TRIED_STRETCHING_MASSAGE,
    UNANSWERED_PREFIX,
    UNKNOWN,
    UNSURE_PREFIX,
    URGENT_CARE,
)
from triage.dates import spoken
from triage.decision import Decision, is_escalation
from triage.emergency import CALL_EMERGENCY, EXAMPLE_NUMBERS
from triage.routine import why_strengthening

HEADLINES = {
    EMERGENCY: (f"🚨 EMERGENCY: {CALL_EMERGENCY} now ({EXAMPLE_NUMBERS}). Don't drive yourself."),
    URGENT_CARE: (
        "⚠️ URGENT: please see a doctor today, at your GP, an urgent care clinic or "
        "an out-of-hours service."
    ),
    SEE_PROFESSIONAL: (
        "🩺 SEE A PROFESSIONAL: book an appointment with a physiotherapist, "
        "chiropractor or doctor rather than treating this at home."
    ),
    SELF_CARE_ROUTINE: (
        "✅ SELF-CARE: this sounds like a mid-back knot you can work on at home with "
        "a strengthening routine."
    ),
}

UNCLEAR_SIGNS_ADVICE = (
    "As I couldn't rule the warning signs out: if you have chest pain or pressure, "
    "trouble breathing, pain spreading into your jaw or arm, loss of bladder or bowel "
    f"control, or new weakness in your legs, {CALL_EMERGENCY} now."
)

PLACES = {
    MID_BACK: "between or around your shoulder blades",
    LOWER_BACK: "your lower back",
    NECK: "your neck",
    SHOULDER: "your shoulder",
    OTHER_PLACE: "somewhere other than the mid-back",
}

_QUESTION_TOPICS = {
    KNOT_LOCATION: "where the knot is",
    RED_FLAGS: "the warning signs",
    NECK_PAIN: "neck pain",
    NERVE_SYMPTOMS: "numbness, tingling or weakness in your arms or hands",
}

_PLAIN_REASONS = {
    NECK_PAIN: "you said your neck hurts",
    NERVE_SYMPTOMS: (
        "you said you get numbness, tingling, weakness or nerve-type pain in your arms or hands"
    ),
    REASON_FEELS_NOT_RIGHT: "you feel that something isn't right",
}


def _reason_phrase(reason: str, slots: Mapping[str, object]) -> Optional[str]:
    if reason.startswith(RED_FLAG_PREFIX):
        return "you mentioned " + red_flags.describe(reason[len(RED_FLAG_PREFIX) :])
    if reason.startswith(UNSURE_PREFIX):
        topic = _QUESTION_TOPICS.get(reason[len(UNSURE_PREFIX) :], "one question")
        return f"you weren't sure about {topic}, so to be safe I counted it as a yes"
    if reason.startswith(UNANSWERED_PREFIX):
        topic = _QUESTION_TOPICS.get(reason[len(UNANSWERED_PREFIX) :], "one question")
        return f"I don't have an answer about {topic} yet"
    if reason == REASON_NOT_MID_BACK:
        place = PLACES.get(str(slots.get(KNOT_LOCATION)), "outside the mid-back")
        return f"the knot is in {place}, and the home routine is only for the mid-back"
    return _PLAIN_REASONS.get(reason)


def explain(decision: Decision, slots: Mapping[str, object]) -> str:
    """'Because you said ...' for a decision."""
    if decision.level == SELF_CARE_ROUTINE:
        return (
            "That's because the knot is between or around your shoulder blades and you have "
            "no neck pain, no numbness, tingling or weakness in your arms or hands, "
            "and none of the warning signs."
        )
    unsure = {
        reason[len(UNSURE_PREFIX) :]
        for reason in decision.reasons
        if reason.startswith(UNSURE_PREFIX)
    }
    phrases = [_reason_phrase(reason, slots) for reason in decision.reasons if reason not in unsure]
    phrases = [phrase for phrase in phrases if phrase]
    if len(phrases) > 1:
        phrases = [", ".join(phrases[:-1]) + " and " + phrases[-1]]
    return f"I'm saying this because {phrases[0]}." if phrases else ""


def _yes_no(value: object) -> str:
    return {True: "yes", False: "no"}.get(value, "not answered")  # type: ignore


def _onset(value: object, today: Optional[date]) -> str:
    try:
        since = date.fromisoformat(str(value))
    except ValueError:
        return "not sure" if value == UNKNOWN else "not answered"
    if today is None:
        return spoken(since)
    weeks = (today - since).days // 7
    return f"{spoken(since)} (about {weeks} week{'s' if weeks != 1 else ''} ago)"


def summary(slots: Mapping[str, object], today: Optional[date] = None) -> str:
    """A short summary of the answers to show a clinician."""
    flags = slots.get(RED_FLAGS)
    if flags is None:
        flag_text = "not screened"
    elif flags:
        flag_text = "; ".join(red_flags.describe(flag) for flag in flags)  # type: ignore
    else:
        flag_text = "none reported"
    return "\n".join(
        (
            "Summary to show them:",
            f"- Knot: {PLACES.get(str(slots.get(KNOT_LOCATION)), 'not answered')}",
            f"- First noticed: {_onset(slots.get(KNOT_SINCE), today)}",
            f"- Warning signs: {flag_text}",
            f"- Neck pain: {_yes_no(slots.get(NECK_PAIN))}",
            f"- Numbness, tingling or weakness in arms/hands: {_yes_no(slots.get(NERVE_SYMPTOMS))}",
            f"- Tried stretching or massage: {_yes_no(slots.get(TRIED_STRETCHING_MASSAGE))}",
        )
    )


def outcome_advice(decision: Decision, slots: Mapping[str, object]) -> List[str]:
    """What to do and why, most important first (the printable summary shows these too)."""
    headline = HEADLINES[decision.level]
    because = explain(decision, slots)
    if is_escalation(decision.level):
        texts = [headline, because + " This is not a diagnosis, but it needs a doctor's eyes."]
        if UNSURE_PREFIX + RED_FLAGS in decision.reasons:
            texts.append(UNCLEAR_SIGNS_ADVICE)
        return texts
    if decision.level == SEE_PROFESSIONAL:
        return [
            headline,
            because + " That could come from something other than a tight muscle, so it's "
            "worth having it assessed.",
        ]
    return [headline + " " + because]


def outcome_messages(decision: Decision, slots: Mapping[str, object]) -> List[str]:
    """The messages that deliver a decision: the advice, and for self-care why
    strengthening helps."""
    texts = outcome_advice(decision, slots)
    if decision.level == SELF_CARE_ROUTINE:
        texts.append(why_strengthening(bool(slots.get(TRIED_STRETCHING_MASSAGE))))
    return texts
