"""Closed questions about one warning sign, or one group of them: understand, or ask.

Plain Python with no Rasa imports. A warning sign that is mentioned but not
clear (a body region tied to it, a sign in the recent past, a hedged sign) is
never taken as a "no": it is queued in `signs_to_check` and asked about with
one closed question ("You mentioned your chest. Right now, do you have any
chest pain, pressure or tightness?" [Yes] [No] [Not sure]). While a question is
out, `checking_signs` names the signs it asks about. The red-flag screen uses
the same questions for its groups after an unreadable answer.

Two tries, then the cautious answer: an unclear reply gets the question once
more in other words; a second unclear reply counts a single sign as present
and a screen group as an unanswered screen (`unsure:red_flags`).
"""

from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from triage import red_flags
from triage.contract import (
    CHECKING_SIGNS,
    INTENT_AFFIRM,
    INTENT_DENY,
    INTENT_UNSURE,
    LEVELS,
    RED_FLAGS,
    SIGNS_CHECKED,
    SIGNS_TO_CHECK,
    UNSPECIFIED_RED_FLAG,
    UNSPECIFIED_URGENT_SIGN,
    UNSURE,
    UNSURE_ABOUT,
    UNSURE_ANSWERS,
)

# `unsure_about` while a check has been asked a second time.
CHECK_REASKED = CHECKING_SIGNS
# The quick replies of a closed question (the same as the domain's yes/no questions').
YES_NO_BUTTONS = [
    {"title": "Yes", "payload": "/" + INTENT_AFFIRM},
    {"title": "No", "payload": "/" + INTENT_DENY},
    {"title": "Not sure", "payload": "/" + INTENT_UNSURE},
]

# What the person mentioned, and the closed question about the sign itself.
_CHECKS: Dict[str, Tuple[str, str]] = {
    "chest_pain": ("your chest", "do you have any chest pain, pressure or tightness"),
    "shortness_of_breath": (
        "your breathing",
        "are you short of breath, or finding it hard to breathe",
    ),
    "pain_to_jaw_or_arm": ("your jaw or arm", "does the pain spread into your jaw or an arm"),
    "sweating_or_nausea": (
        "sweating or feeling sick",
        "are you sweating or feeling sick along with the pain",
    ),
    "bladder_bowel_control": (
        "your bladder or bowels",
        "do you have any trouble controlling or feeling your bladder or bowels, or "
        "numbness between your legs",
    ),
    "leg_weakness_or_numbness": (
        "your legs or walking",
        "do you have new weakness or numbness in your legs, or trouble walking",
    ),
    "major_injury": (
        "an accident or a fall",
        "did the pain start after a major injury, such as a car crash or a fall from a height",
    ),
    "fever_or_chills": (
        "a temperature or chills",
        "do you have a fever, a high temperature or chills",
    ),
    "weight_loss": ("your weight", "have you lost weight recently without trying"),
    "cancer_history": ("cancer", "have you ever had cancer"),
    "night_or_rest_pain": (
        "pain at night or at rest",
        "is the pain there all the time, and worse at night or when you rest",
    ),
    "feeling_unwell": ("feeling unwell", "do you feel generally unwell along with the pain"),
}

# The screen asked one group at a time; a "yes" to a group counts as its sign.
SCREEN_GROUPS: Tuple[Tuple[Tuple[str, ...], str, str], ...] = (
    (
        ("chest_pain", "shortness_of_breath", "pain_to_jaw_or_arm", "sweating_or_nausea"),
        UNSPECIFIED_RED_FLAG,
        "do you have any chest pain or pressure, shortness of breath, or pain spreading "
        "into your jaw or arm with sweating or feeling sick",
    ),
    (
        ("bladder_bowel_control", "leg_weakness_or_numbness", "major_injury"),
        UNSPECIFIED_RED_FLAG,
        "do you have trouble controlling your bladder or bowels, new weakness or numbness "
        "in your legs or trouble walking, or did this start with a major injury such as a "
        "car crash or a fall from a height",
    ),
    (
        (
            "fever_or_chills",
            "weight_loss",
            "cancer_history",
            "night_or_rest_pain",
            "feeling_unwell",
        ),
        UNSPECIFIED_URGENT_SIGN,
        "do you have a fever or chills, weight loss you can't explain, a history of "
        "cancer, constant pain that is worse at night or at rest, or do you feel "
        "generally unwell",
    ),
)


def _group_index(signs: Sequence[str]) -> Optional[int]:
    return next(
        (index for index, (group, _, _) in enumerate(SCREEN_GROUPS) if tuple(signs) == group),
        None,
    )


def _most_urgent_level(flags: Sequence[str]) -> Optional[str]:
    levels = [red_flags.level_of(flag) for flag in flags if flag != UNSURE]
    return min(levels, key=LEVELS.index) if levels else None


def worth_checking(sign: str, slots: Mapping[str, Any]) -> bool:
    """Whether asking about `sign` could still change the advice."""
    flags = [flag for flag in slots.get(RED_FLAGS) or () if isinstance(flag, str)]
    if sign in flags or sign in (slots.get(SIGNS_CHECKED) or ()):
        return False
    known = _most_urgent_level(flags)
    return known is None or LEVELS.index(red_flags.level_of(sign)) < LEVELS.index(known)


def queue(signs: Sequence[str], slots: Mapping[str, Any]) -> Dict[str, Any]:
    """The slot change that queues the unclear `signs` not yet asked about."""
    pending = list(slots.get(SIGNS_TO_CHECK) or ())
    asking = list(slots.get(CHECKING_SIGNS) or ())
    new = [
        sign
        for sign in dict.fromkeys(signs)
        if sign in _CHECKS
        and sign not in pending
        and sign not in asking
        and worth_checking(sign, slots)
    ]
    return {SIGNS_TO_CHECK: pending + new} if new else {}


def start_screen_groups() -> Dict[str, Any]:
    """After an unreadable answer to the screen: ask it one group at a time."""
    return {RED_FLAGS: None, CHECKING_SIGNS: list(SCREEN_GROUPS[0][0]), UNSURE_ABOUT: RED_FLAGS}


def _with_unsure(slots: Mapping[str, Any], answer: str) -> List[str]:
    return list(dict.fromkeys(list(slots.get(UNSURE_ANSWERS) or ()) + [answer]))


def read_check_answer(answer: Any, slots: Mapping[str, Any]) -> Dict[str, Any]:
    """Slot changes for a reply (True, False, UNSURE or None) to the check that is out."""
    asking = list(slots.get(CHECKING_SIGNS) or ())
    flags = [flag for flag in slots.get(RED_FLAGS) or () if isinstance(flag, str)]
    group = _group_index(asking)
    if answer is True:
        reported = [SCREEN_GROUPS[group][1]] if group is not None else asking
        return {
            RED_FLAGS: list(dict.fromkeys(flags + reported)),
            CHECKING_SIGNS: None,
            UNSURE_ABOUT: None,
        }
    if answer is False:
        checked = list(dict.fromkeys(list(slots.get(SIGNS_CHECKED) or ()) + asking))
        if group is not None:
            if group + 1 < len(SCREEN_GROUPS):
                return {CHECKING_SIGNS: list(SCREEN_GROUPS[group + 1][0]), SIGNS_CHECKED: checked}
            return {
                RED_FLAGS: flags,
                CHECKING_SIGNS: None,
                SIGNS_CHECKED: checked,
                UNSURE_ABOUT: None,
            }
        return {CHECKING_SIGNS: None, SIGNS_CHECKED: checked, UNSURE_ABOUT: None}
    # Not sure, or a reply that says neither: once more, then the cautious answer.
    if group is not None:
        return {
            RED_FLAGS: flags,
            CHECKING_SIGNS: None,
            UNSURE_ABOUT: None,
            UNSURE_ANSWERS: _with_unsure(slots, RED_FLAGS),
        }
    if slots.get(UNSURE_ABOUT) != CHECK_REASKED:
        return {UNSURE_ABOUT: CHECK_REASKED}
    unsure = _with_unsure(slots, asking[0]) if asking else list(slots.get(UNSURE_ANSWERS) or ())
    return {
        RED_FLAGS: list(dict.fromkeys(flags + asking)),
        CHECKING_SIGNS: None,
        UNSURE_ABOUT: None,
        UNSURE_ANSWERS: unsure,
    }


def next_check(slots: Mapping[str, Any]) -> Dict[str, Any]:
    """The slot changes that put the next check out (the one out stays), or {}."""
    if slots.get(CHECKING_SIGNS):
        return {}
    pending = [sign for sign in slots.get(SIGNS_TO_CHECK) or () if worth_checking(sign, slots)]
    if not pending:
        return {SIGNS_TO_CHECK: []} if slots.get(SIGNS_TO_CHECK) else {}
    return {CHECKING_SIGNS: [pending[0]], SIGNS_TO_CHECK: pending[1:]}


def check_message(slots: Mapping[str, Any]) -> Optional[Dict[str, Any]]:
    """The closed question for the check that is out, or None."""
    asking = list(slots.get(CHECKING_SIGNS) or ())
    if not asking:
        return None
    group = _group_index(asking)
    if group is not None:
        intro = "Let's take them one group at a time. " if group == 0 else ""
        text = f"{intro}Right now, {SCREEN_GROUPS[group][2]}?"
    elif slots.get(UNSURE_ABOUT) == CHECK_REASKED:
        question = _CHECKS[asking[0]][1]
        text = (
            f"To be safe I need a yes or a no on this one: {question}? "
            'If you can\'t tell, tap "Not sure".'
        )
    else:
        topic, question = _CHECKS[asking[0]]
        text = f"You mentioned {topic}. Right now, {question}?"
    return {"text": text, "buttons": YES_NO_BUTTONS}


def could_raise(slots: Mapping[str, Any]) -> bool:
    """Whether a check that is out or queued could still make the advice more urgent."""
    signs = list(slots.get(CHECKING_SIGNS) or ()) + list(slots.get(SIGNS_TO_CHECK) or ())
    return _group_index(slots.get(CHECKING_SIGNS) or ()) is not None or any(
        worth_checking(sign, slots) for sign in signs
    )
