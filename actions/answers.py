"""Reading one user message into answers to the triage questions.

Plain Python with no Rasa imports. The input is what the NLU pipeline made of
the message (its intent and the clinical entities, each with an assertion of
present, absent or uncertain) plus the question being asked; the output is the
slot values the message gives. Information the person volunteers fills its
slot whatever is being asked; a bare "yes", "no" or "not sure" answers only the
question being asked.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence

from actions.date_answers import read_time_answers
from actions.contract import (
    CAN_KNEEL,
    FEELS_NOT_RIGHT,
    FORGET_CONFIRMED,
    HAS_FOAM_ROLLER,
    KNOT_LOCATION,
    LOCATIONS,
    NECK_PAIN,
    NERVE_SYMPTOMS,
    RED_FLAGS,
    TRIED_STRETCHING_MASSAGE,
    UNSPECIFIED_RED_FLAG,
    UNSURE,
    UNSURE_ABOUT,
    UNSURE_ANSWERS,
    YES_NO_QUESTIONS,
)

PRESENT, ABSENT, UNCERTAIN = "present", "absent", "uncertain"

# Entity (label, value) -> the yes/no slot it answers, and whether a present
# mention means yes (True) or no (False).
_BOOLEAN_ENTITIES = {
    ("symptom", "neck_pain"): (NECK_PAIN, True),
    ("symptom", "nerve_symptoms"): (NERVE_SYMPTOMS, True),
    ("self_care_tried", "stretching_massage"): (TRIED_STRETCHING_MASSAGE, True),
    ("equipment", "foam_roller"): (HAS_FOAM_ROLLER, True),
    ("kneeling_problem", "kneeling"): (CAN_KNEEL, False),
}
# Locations that name the mid-back or lower back by themselves; the others
# ("arm", "neck") count as the knot's place only with a word for the knot.
_SELF_EVIDENT_LOCATIONS = ("mid_back", "lower_back")

_WORD = re.compile(r"[a-z']+")
_KNOT_WORDS = re.compile(
    r"\b(knots?|knotted|lump|tight spot|trigger point|spot|it'?s|it is|located)\b"
)
_UNSURE = re.compile(
    r"\b(not (really )?(sure|certain)|unsure|don'?t know|dont know|dunno|idk|"
    r"no idea|can'?t tell|cannot tell|hard to (say|tell)|couldn'?t say|"
    r"not certain|no clue)\b"
)
_HEDGED_YES = re.compile(
    r"\b(a (little )?bit|a little|kind of|kinda|sort of|sorta|sometimes|"
    r"now and (then|again)|occasionally|on and off|off and on|slightly|"
    r"a touch|at times|mildly)\b"
)
_FILLERS = re.compile(r"^((hmm+|um+|uh+|erm+|well|oh|ok|okay|so|actually|honestly)\s+)+")
_YES_START = re.compile(
    r"^\s*(yes|yeah|yea|yep|yup|ya|yes+|sure|definitely|correct|absolutely|"
    r"i do|it does|i have|affirmative|uh huh|mhm|true|i think so|i guess so|"
    r"probably|i believe so)\b"
)
_NO_START = re.compile(
    r"^\s*(no|nope|nah|not really|not yet|not once|never|none|nothing|negative|not at all|"
    r"i don'?t think so|don'?t think so|i wouldn'?t say so|"
    r"not that i('ve| have)? (know|noticed|can tell)|(i )?(don'?t|do not|haven'?t|have not)|"
    r"it (doesn'?t|does not|isn'?t|is not)|neither)\b"
)
_LEADING_ANSWER = re.compile(
    r"^\s*(yes|yeah|yea|yep|yup|ya|no|nope|nah|not really)\s*([,.!;:-]|$|(but|and|though|although)\b)"
)
_FEELS_NOT_RIGHT = re.compile(
    r"\b(something('?s| is| does(n'?t| not)| just)? (not|isn'?t|doesn'?t|off|wrong)"
    r"( feel)?( right)?|doesn'?t feel right|not feel(ing)? right|feels? (off|wrong)|"
    r"i'?m (really )?worried|really worried|scared it'?s serious)\b"
)


@dataclass(frozen=True)
class Mention:
    """One clinical entity found in the message."""

    label: str
    value: str
    assertion: str = PRESENT


@dataclass(frozen=True)
class Turn:
    """What the NLU pipeline made of one user message."""

    text: str = ""
    intent: Optional[str] = None
    mentions: Sequence[Mention] = field(default_factory=tuple)


def mentions_from_entities(entities: Iterable[Mapping[str, Any]]) -> List[Mention]:
    """Mentions from Rasa entity dicts (button payloads carry no assertion)."""
    mentions = []
    for entity in entities or ():
        label, value = entity.get("entity"), entity.get("value")
        if isinstance(label, str) and isinstance(value, str):
            assertion = entity.get("assertion") or PRESENT
            mentions.append(Mention(label, value, assertion))
    return mentions


def _normalised(text: str) -> str:
    return " ".join(_WORD.findall((text or "").lower().replace("’", "'")))


def _yes_no(turn: Turn) -> Optional[Any]:
    """The bare answer in a message: True, False, UNSURE or None.

    The words decide first; the intent only when the words say nothing clear.
    """
    text = _FILLERS.sub("", _normalised(turn.text))
    if _UNSURE.search(text):
        return UNSURE
    if _NO_START.search(text):
        return False
    if _HEDGED_YES.search(text) or _YES_START.search(text):
        return True
    return {"unsure": UNSURE, "deny": False, "affirm": True}.get(turn.intent or "")


def _hedged_report(turn: Turn) -> bool:
    """ "maybe a bit of tingling sometimes": a softened report, not a "don't know"."""
    text = _normalised(turn.text)
    return bool(_HEDGED_YES.search(text)) and not _UNSURE.search(text)


def _leads_with_answer(turn: Turn) -> bool:
    """True for "no, but my fingers tingle"; False for "no numbness"."""
    text = (turn.text or "").lower().replace("’", "'")
    return bool(_LEADING_ANSWER.search(text))


def _boolean_answers(mentions: Sequence[Mention]) -> Dict[str, Any]:
    """Yes/no slots the mentions answer; any "present" mention wins (caution)."""
    answers: Dict[str, Any] = {}
    for mention in mentions:
        target = _BOOLEAN_ENTITIES.get((mention.label, mention.value))
        if not target:
            continue
        slot, present_means = target
        if mention.assertion == UNCERTAIN:
            answers.setdefault(slot, UNSURE)
            continue
        value = present_means if mention.assertion == PRESENT else not present_means
        if answers.get(slot) in (None, UNSURE) or value is present_means:
            answers[slot] = value
    return answers


def _location(turn: Turn, requested: Optional[str]) -> Optional[str]:
    """The knot's place, if the message says where it is.

    With several places the one that is not the mid-back wins: the routine is
    only for a mid-back knot, so that is the cautious reading.
    """
    places = [
        m.value
        for m in turn.mentions
        if m.label == KNOT_LOCATION and m.assertion != ABSENT and m.value in LOCATIONS
    ]
    if requested != KNOT_LOCATION and not _KNOT_WORDS.search(_normalised(turn.text)):
        places = [place for place in places if place in _SELF_EVIDENT_LOCATIONS]
    if not places:
        return None
    others = [place for place in places if place != "mid_back"]
    return others[0] if others else places[0]


def _red_flags(turn: Turn, current: Sequence[str]) -> Optional[List[str]]:
    """Red flags so far plus any this message reports, or None if it reports none.

    An uncertain mention ("I might have a fever") counts: when unsure, escalate.
    Red flags are never removed by a later message.
    """
    reported = [
        m.value
        for m in turn.mentions
        if m.label == "red_flag" and m.assertion in (PRESENT, UNCERTAIN)
    ]
    if not reported:
        return None
    known = [flag for flag in current if flag != UNSPECIFIED_RED_FLAG]
    return list(dict.fromkeys(known + reported))


def _all_red_flags_denied(turn: Turn) -> bool:
    flags = [m for m in turn.mentions if m.label == "red_flag"]
    return bool(flags) and all(m.assertion == ABSENT for m in flags)


def _answer_to_red_flag_screen(turn: Turn, already_followed_up: bool) -> Any:
    answer = _yes_no(turn)
    if answer is False or _all_red_flags_denied(turn):
        return []
    if answer is None:
        return None
    if not already_followed_up:
        return UNSURE
    return [UNSPECIFIED_RED_FLAG] if answer is True else UNSURE


def _settle_unsure(
    slot: str, value: Any, current: Mapping[str, Any]
) -> Dict[str, Any]:
    """A first "not sure" asks again; a second one takes the cautious answer."""
    if value != UNSURE:
        return {slot: value}
    if current.get(UNSURE_ABOUT) != slot:
        return {slot: UNSURE}
    cautious = {KNOT_LOCATION: "other", RED_FLAGS: []}.get(slot, True)
    if slot in (CAN_KNEEL, HAS_FOAM_ROLLER, FORGET_CONFIRMED):
        cautious = False
    unsure = list(current.get(UNSURE_ANSWERS) or [])
    return {slot: cautious, UNSURE_ANSWERS: list(dict.fromkeys(unsure + [slot]))}


def _answer_to_requested(
    turn: Turn, requested: str, current: Mapping[str, Any], found: Dict[str, Any]
) -> Dict[str, Any]:
    followed_up = current.get(UNSURE_ABOUT) == requested
    if requested == RED_FLAGS:
        if RED_FLAGS in found:
            return {}
        value = _answer_to_red_flag_screen(turn, followed_up)
    elif requested == KNOT_LOCATION:
        value = UNSURE if _yes_no(turn) == UNSURE else None
    elif requested in YES_NO_QUESTIONS:
        if found.get(requested) not in (None, UNSURE):
            return {}
        other_answers = [slot for slot in found if slot != requested]
        if other_answers and not _leads_with_answer(turn):
            return {}
        value = found.get(requested) or _yes_no(turn)
        if value == UNSURE and _hedged_report(turn):
            value = True
    else:
        return {}
    if value is None:
        return {}
    return _settle_unsure(requested, value, current)


def read_turn(
    turn: Turn,
    requested: Optional[str],
    current: Mapping[str, Any],
    today: Optional[date] = None,
) -> Dict[str, Any]:
    """Slot values given by one message.

    `requested` is the question being asked (or None); `current` holds the
    slot values before this message; `today` is the person's date.
    """
    found: Dict[str, Any] = _boolean_answers(turn.mentions)
    # An uncertain mention only answers the question being asked.
    found = {
        slot: value
        for slot, value in found.items()
        if value != UNSURE or slot == requested
    }
    location = _location(turn, requested)
    if location:
        found[KNOT_LOCATION] = location
    flags = _red_flags(turn, current.get(RED_FLAGS) or [])
    if flags is not None:
        found[RED_FLAGS] = flags
    if _FEELS_NOT_RIGHT.search(_normalised(turn.text)):
        found[FEELS_NOT_RIGHT] = True
    if requested:
        found.update(_answer_to_requested(turn, requested, current, found))
    found.update(
        read_time_answers(
            turn.text, turn.intent, turn.mentions, requested, current, today or date.today()
        )
    )
    return found
