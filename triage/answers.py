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
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from triage import red_flags, sign_checks
from triage.contract import (
    ABSENT,
    CAN_KNEEL,
    CHECKING_SIGNS,
    ENTITY_EQUIPMENT,
    ENTITY_KNEELING_PROBLEM,
    ENTITY_RED_FLAG,
    ENTITY_SELF_CARE_TRIED,
    ENTITY_SYMPTOM,
    FEELS_NOT_RIGHT,
    FORGET_CONFIRMED,
    HAS_FOAM_ROLLER,
    INTENT_AFFIRM,
    INTENT_ASK_WHY,
    INTENT_BOT_CHALLENGE,
    INTENT_CANCEL_REMINDER,
    INTENT_DENY,
    INTENT_FORGET_ME,
    INTENT_GOODBYE,
    INTENT_GREET,
    INTENT_ROUTINE_REMINDER,
    INTENT_SET_REMINDER,
    INTENT_START_OVER,
    INTENT_THANK,
    INTENT_UNSURE,
    KNOT_LOCATION,
    LEVELS,
    LOCATIONS,
    LOWER_BACK,
    MID_BACK,
    NECK_PAIN,
    NERVE_SYMPTOMS,
    OTHER_PLACE,
    PAST,
    PRESENT,
    RED_FLAGS,
    ROUTINE_GIVEN,
    ROUTINE_PROGRESS,
    SAME,
    SIGNS_TO_CHECK,
    TRIED_STRETCHING_MASSAGE,
    UNCERTAIN,
    UNSPECIFIED_RED_FLAG,
    UNSURE,
    UNSURE_ABOUT,
    UNSURE_ANSWERS,
    WARNING_CUE,
    YES_NO_QUESTIONS,
)
from triage.date_answers import read_time_answers

# Intents that are not a try at answering the question that is out: the
# question is answered, or asked again, without counting against it.
_NOT_AN_ANSWER = {
    INTENT_ASK_WHY,
    INTENT_GREET,
    INTENT_THANK,
    INTENT_BOT_CHALLENGE,
    INTENT_FORGET_ME,
    INTENT_START_OVER,
    INTENT_GOODBYE,
    INTENT_SET_REMINDER,
    INTENT_CANCEL_REMINDER,
    INTENT_ROUTINE_REMINDER,
}

# Entity (label, value) -> the yes/no slot it answers, and whether a present
# mention means yes (True) or no (False).
_BOOLEAN_ENTITIES = {
    (ENTITY_SYMPTOM, NECK_PAIN): (NECK_PAIN, True),
    (ENTITY_SYMPTOM, NERVE_SYMPTOMS): (NERVE_SYMPTOMS, True),
    (ENTITY_SELF_CARE_TRIED, "stretching_massage"): (TRIED_STRETCHING_MASSAGE, True),
    (ENTITY_EQUIPMENT, "foam_roller"): (HAS_FOAM_ROLLER, True),
    (ENTITY_KNEELING_PROBLEM, "kneeling"): (CAN_KNEEL, False),
}
# Locations that name the mid-back or lower back by themselves; the others
# ("arm", "neck") count as the knot's place only with a word for the knot.
_SELF_EVIDENT_LOCATIONS = (MID_BACK, LOWER_BACK)

_WORD = re.compile(r"[a-z']+")
_KNOT_WORDS = re.compile(
    r"\b(knots?|knotted|lump|tight spot|trigger point|spot|located|"
    r"(it'?s|it is|it sits|its) ([a-z]+ )?(in|on|at|under|between|near|by|around|down|up|over|"
    r"above|below))\b"
)
_NOW_OR_CORRECTED = re.compile(
    r"\b(i mean|i meant|actually|sorry|rather|more like|correction|now it'?s|it'?s now|"
    r"now it|these days|at the moment|currently)\b"
)
_CORRECTING = re.compile(
    r"\b(misread|misunderstood|mistake|by accident|wrong (button|answer|one)|i meant|"
    r"scratch (that|what i said)|take (that|it) back|correction|actually|hang on|wait)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]+")
_NOT_WORRIED = re.compile(
    r"\b((i'?m|i am) (not|no longer) (worried|concerned)|not worried (any ?more|now)|"
    r"feels? (exactly |just )?like (my|the) (usual|normal|other|old) (knots?|ones))\b"
)
_FINE_AFTER = re.compile(
    r"\s*(is|are|'s|feels?|seems?)( (completely|totally|perfectly|absolutely|all))?"
    r" (fine|ok|okay|good|alright|all right|normal)\b"
)
_NOTHING_BEFORE = re.compile(
    r"\b(nothing|no (pain|problems?|issues?|tingling|numbness)|fine) (in|with|down) (my|the|your) $"
)
_CLAUSE_BREAK = re.compile(r"[,.;:!?]| but | and ")
_KNOT_ITSELF = re.compile(r"\b(knots?|knotted|lump|tight spot|trigger point|sore spot)\b")
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
_FILLERS = re.compile(
    r"^((hmm+|um+|uh+|erm+|er|well|oh|ok|okay|so|actually|honestly|to be honest|tbh|"
    r"let me think|let me see|good question|right|sorry)\s+)+"
)
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
# "it's totally fine", "all good": a no to "does it hurt?" questions.
_FINE_ANSWER = re.compile(
    r"\b(it'?s|its|it is|that'?s|all|they'?re|everything'?s) (\w+ )?(fine|ok|okay|good|alright|"
    r"normal)\b"
)
_SHORT_ANSWER_WORDS = 6
_SYMPTOM_QUESTIONS = (NECK_PAIN, NERVE_SYMPTOMS)
_NONE_OF_THEM = re.compile(
    r"\b(none of (them|those|these|that|the above|it)|nothing like that|not any of (them|those|"
    r"these)"
    r"|none at all|i have none|no other (problems|symptoms|issues)|nothing else)\b"
)
_LEADING_ANSWER = re.compile(
    r"^\s*(yes|yeah|yea|yep|yup|ya|no|nope|nah|not really)\s*([,.!;:-]|$|(but|and|though|"
    r"although)\b)"
)
_FEELS_NOT_RIGHT = re.compile(
    r"\b(something('?s| is| does(n'?t| not)| just)? (not|isn'?t|doesn'?t|off|wrong)"
    r"( feel)?( right)?|doesn'?t feel right|not feel(ing)? right|feels? (off|wrong)|"
    r"i'?m (really )?worried|really worried|scared it'?s serious|"
    r"something (about|with|in) (it|this|that|the knot|this knot|this one) (just )?"
    r"(isn'?t|is not|doesn'?t feel|does not feel|feels?) (right|normal|off|wrong)|"
    r"(doesn'?t|does not|don'?t) feel like (a |my )?(normal|usual|ordinary)|"
    r"rather (someone|somebody|a (doctor|professional|physio)) "
    r"(had|took|have|take) a (proper )?look|"
    r"not like (the|my) (other |usual )?(ones|knots))\b"
)

# Said plainly: the person is doing the routine this assistant gave them ("I started
# the routine 2 weeks ago", "checking in on the exercises"); not someone else's
# ("the exercises my physio gave me").
_ROUTINE = r"(routine|exercises?|slides?|programme|program|plan)"
_DOING_OUR_ROUTINE = re.compile(
    rf"\b((the|that|this) (foam ?roller|roller|forearm|strengthening|arm) {_ROUTINE}|"
    rf"{_ROUTINE} (that )?(you|u) (gave|suggested|recommended|showed|sent|set)|"
    rf"your {_ROUTINE}|(routine|exercise) from (you|here|last time)|"
    r"(you|u) (gave|showed|suggested|sent|recommended|set) me|"
    rf"(start(ed|ing)?|doing|done|did|been on|check(ing)? in on) the {_ROUTINE}"
    r"\b(?! (my|the|from|that|which)( the| my| a)? (physio|doctor|gp|chiro|pt|therapist|trainer|"
    r"coach))|"
    r"^(hi |hello |hey )?(i'?m )?(just )?check(ing)? in\b)"
)


@dataclass(frozen=True)
class Mention:
    """One clinical entity found in the message."""

    label: str
    value: str
    assertion: str = PRESENT
    start: Optional[int] = None
    end: Optional[int] = None


@dataclass(frozen=True)
class Turn:
    """What the NLU pipeline made of one user message."""

    text: str = ""
    intent: Optional[str] = None
    mentions: Sequence[Mention] = field(default_factory=tuple)
    # The person's message before this one: the same aside twice is a try.
    previous_text: Optional[str] = None


def mentions_from_entities(entities: Iterable[Mapping[str, Any]]) -> List[Mention]:
    """Mentions from Rasa entity dicts (button payloads carry no assertion)."""
    mentions = []
    for entity in entities or ():
        label, value = entity.get("entity"), entity.get("value")
        if isinstance(label, str) and isinstance(value, str):
            assertion = entity.get("assertion") or PRESENT
            start, end = entity.get("start"), entity.get("end")
            if not (isinstance(start, int) and isinstance(end, int)):
                start = end = None
            mentions.append(Mention(label, value, assertion, start, end))
    return mentions


def _normalised(text: str) -> str:
    return " ".join(_WORD.findall((text or "").lower().replace("’", "'")))


def _yes_no(turn: Turn, hedges_are_yes: bool = True, fine_is_no: bool = False) -> Optional[Any]:
    """The bare answer in a message: True, False, UNSURE or None.

    The words decide first; the intent only when the words say nothing clear,
    in a short message. A hedge ("a bit", "sometimes") is a yes unless
    `hedges_are_yes` is off; "it's fine" is a no where `fine_is_no` (symptoms).
    """
    text = _FILLERS.sub("", _normalised(turn.text))
    if _UNSURE.search(text):
        return UNSURE
    if _NO_START.search(text) or _NONE_OF_THEM.search(text):
        return False
    if _YES_START.search(text):
        return True
    if _HEDGED_YES.search(text):
        return True if hedges_are_yes else None
    if fine_is_no and _FINE_ANSWER.search(text):
        return False
    if len(text.split()) > _SHORT_ANSWER_WORDS:
        return None  # a long message is not a bare yes or no, whatever the intent
    return {INTENT_UNSURE: UNSURE, INTENT_DENY: False, INTENT_AFFIRM: True}.get(turn.intent or "")


def _hedged_report(turn: Turn) -> bool:
    """ "maybe a bit of tingling sometimes": a softened report, not a "don't know"."""
    text = _normalised(turn.text)
    return bool(_HEDGED_YES.search(text)) and not _UNSURE.search(text)


def _leads_with_answer(turn: Turn) -> bool:
    """True for "no, but my fingers tingle"; False for "no numbness"."""
    text = (turn.text or "").lower().replace("’", "'")
    return bool(_LEADING_ANSWER.search(text))


def _boolean_answers(mentions: Sequence[Mention], text: str = "") -> Dict[str, Any]:
    """Yes/no slots the mentions answer; any "present" mention wins (caution).

    In a correction ("I misread the question about numbness. I don't have any"),
    the last sentence that speaks of a slot says what is true now.
    """
    if _CORRECTING.search(_normalised(text)):
        mentions = _last_sentence_of_each_slot(mentions, text)
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


def _last_sentence_of_each_slot(mentions: Sequence[Mention], text: str) -> List[Mention]:
    def sentence(mention: Mention) -> int:
        return len(_SENTENCE_END.findall(text[: mention.start or 0]))

    last: Dict[str, int] = {}
    for mention in mentions:
        target = _BOOLEAN_ENTITIES.get((mention.label, mention.value))
        if target:
            last[target[0]] = max(last.get(target[0], 0), sentence(mention))
    return [
        mention
        for mention in mentions
        if (mention.label, mention.value) not in _BOOLEAN_ENTITIES
        or sentence(mention) == last[_BOOLEAN_ENTITIES[(mention.label, mention.value)][0]]
    ]


def _location(turn: Turn, requested: Optional[str]) -> Optional[str]:
    """The knot's place, if the message says where it is.

    With several places, the one named closest to the word "knot" (or "lump",
    "spot") is the knot's; without such a word, or on a tie, the one that is not
    the mid-back wins: the routine is only for a mid-back knot, so that is the
    cautious reading.
    """
    places = [
        m
        for m in turn.mentions
        if m.label == KNOT_LOCATION
        and m.assertion != ABSENT
        and m.value in LOCATIONS
        and not _said_to_be_fine(turn.text, m)
        and (requested == KNOT_LOCATION or not _in_a_question(turn.text, m))
    ]
    if requested != KNOT_LOCATION and not _KNOT_WORDS.search(_normalised(turn.text)):
        places = [place for place in places if place.value in _SELF_EVIDENT_LOCATIONS]
    if not places:
        return None
    places = _said_last(turn.text, places) or _nearest_to_knot_word(turn.text, places) or places
    others = [place.value for place in places if place.value != MID_BACK]
    return others[0] if others else places[0].value


def _in_a_question(text: str, place: Mention) -> bool:
    """ "why do you ask about the neck?": a place named in a question is not an answer."""
    if place.end is None:
        return False
    rest = (text or "")[place.end :]
    end = _SENTENCE_END.search(rest)
    return bool(end) and "?" in end.group(0)


def _said_to_be_fine(text: str, place: Mention) -> bool:
    """ "my arms are fine", "nothing in my arms": not where the knot is."""
    if place.start is None or place.end is None:
        return False
    text = (text or "").lower()
    before, after = text[max(0, place.start - 30) : place.start], text[place.end : place.end + 30]
    return bool(_FINE_AFTER.match(after) or _NOTHING_BEFORE.search(before))


def _said_last(text: str, places: Sequence[Mention]) -> List[Mention]:
    """The places named after a correction or "now" ("I mean ...", "now it's in ..."), if any."""
    markers = [match.end() for match in _NOW_OR_CORRECTED.finditer((text or "").lower())]
    if not markers:
        return []
    return [place for place in places if place.start is not None and place.start >= markers[-1]]


def _nearest_to_knot_word(text: str, places: Sequence[Mention]) -> List[Mention]:
    """The places named closest to a word for the knot itself (all of them on a tie).

    A place in the same clause as the word beats one across a comma or full stop.
    """
    text = (text or "").lower()
    knots = [match.span() for match in _KNOT_ITSELF.finditer(text)]
    located = [place for place in places if place.start is not None and place.end is not None]
    if not knots or not located:
        return []

    def score(place: Mention) -> Tuple[int, int]:
        def gap(knot: Tuple[int, int]) -> Tuple[int, int]:
            left, right = sorted([(knot[0], knot[1]), (place.start, place.end)])
            between = text[left[1] : right[0]]
            return (int(bool(_CLAUSE_BREAK.search(between))), len(between))

        return min(gap(knot) for knot in knots)

    best = min(score(place) for place in located)
    return [place for place in located if score(place) == best]


def _red_flags(turn: Turn, current: Sequence[str]) -> Optional[List[str]]:
    """Red flags so far plus any this message reports, or None if it reports none.

    Only clear reports count here; unclear ones are asked about
    (`_unclear_signs`). Red flags are never removed by a later message, but a
    named sign replaces a "one of those" placeholder no more urgent than it.
    """
    reported = [
        m.value for m in turn.mentions if m.label == ENTITY_RED_FLAG and m.assertion == PRESENT
    ]
    if not reported:
        return None
    most_urgent = min(LEVELS.index(red_flags.level_of(flag)) for flag in reported)
    known = [
        flag
        for flag in current
        if flag not in red_flags.PLACEHOLDERS
        or LEVELS.index(red_flags.level_of(flag)) < most_urgent
    ]
    return list(dict.fromkeys(known + reported))


def _unclear_signs(turn: Turn) -> List[str]:
    """Warning signs the message points at without saying they are there now."""
    clear = {
        m.value for m in turn.mentions if m.label == ENTITY_RED_FLAG and m.assertion == PRESENT
    }
    unclear = [
        m.value
        for m in turn.mentions
        if (m.label == ENTITY_RED_FLAG and m.assertion in (UNCERTAIN, PAST))
        or (m.label == WARNING_CUE and m.assertion != ABSENT)
    ]
    return [sign for sign in dict.fromkeys(unclear) if sign not in clear]


def _all_red_flags_denied(turn: Turn) -> bool:
    """ "no chest pain" to the screen: a short denial means none of them.
    In a longer message a denied sign says nothing of the others."""
    flags = [m for m in turn.mentions if m.label == ENTITY_RED_FLAG]
    short = len(_normalised(turn.text).split()) <= 2 * _SHORT_ANSWER_WORDS
    return short and bool(flags) and all(m.assertion == ABSENT for m in flags)


def _changes_something(found: Mapping[str, Any], current: Mapping[str, Any]) -> bool:
    """Whether the message gave any answer that was not there before (then it is
    news, not a failed try at the question; the question is asked again)."""
    return any(current.get(slot) != value for slot, value in found.items())


def _counts_as_a_try(turn: Turn) -> bool:
    """Whether the message is a try at the question (an aside is not, unless repeated)."""
    repeated = bool(turn.text) and turn.text == turn.previous_text
    return repeated or (turn.intent or "") not in _NOT_AN_ANSWER


def _answer_to_red_flag_screen(turn: Turn, current: Mapping[str, Any], waits: bool) -> Any:
    """The screen's answer: [] for none; UNSURE asks which; a dict of slot changes otherwise.

    A plain "yes" gets "which one?", and a second "yes" counts as one of them. An
    answer it cannot read, a hedge ("only when I cough, a bit") or "not sure"
    moves on to the signs one group at a time, as closed questions. A message
    that `waits` (it raised a sign to ask about, or said something new) is asked
    again.
    """
    answer = _yes_no(turn, hedges_are_yes=False, fine_is_no=True)
    if answer is False or _all_red_flags_denied(turn):
        return []
    if answer is True:
        return [UNSPECIFIED_RED_FLAG] if current.get(UNSURE_ABOUT) == RED_FLAGS else UNSURE
    if waits or not _counts_as_a_try(turn):
        return None
    return sign_checks.start_screen_groups()


def _check_answer(turn: Turn) -> Any:
    """The reply to a closed question about warning signs: True, False, UNSURE or None."""
    answer = _yes_no(turn, fine_is_no=True)
    if answer is None and _all_red_flags_denied(turn):
        return False
    return answer


def _settle_unsure(slot: str, value: Any, current: Mapping[str, Any]) -> Dict[str, Any]:
    """A first "not sure" asks again; a second one takes the cautious answer."""
    if value != UNSURE:
        return {slot: value}
    if current.get(UNSURE_ABOUT) != slot:
        return {slot: UNSURE}
    # Progress that can't be told counts as no change: after 4 weeks, see someone.
    cautious = {KNOT_LOCATION: OTHER_PLACE, RED_FLAGS: [], ROUTINE_PROGRESS: SAME}.get(slot, True)
    if slot in (CAN_KNEEL, HAS_FOAM_ROLLER, FORGET_CONFIRMED):
        cautious = False
    unsure = list(current.get(UNSURE_ANSWERS) or [])
    return {slot: cautious, UNSURE_ANSWERS: list(dict.fromkeys(unsure + [slot]))}


def _answer_to_requested(
    turn: Turn, requested: str, current: Mapping[str, Any], found: Dict[str, Any]
) -> Dict[str, Any]:
    if requested == RED_FLAGS:
        if RED_FLAGS in found:
            return {}
        waits = SIGNS_TO_CHECK in found or _changes_something(found, current)
        value = _answer_to_red_flag_screen(turn, current, waits)
        if isinstance(value, dict):
            return value
    elif requested == KNOT_LOCATION:
        value = UNSURE if _yes_no(turn) == UNSURE else None
    elif requested in YES_NO_QUESTIONS:
        if found.get(requested) not in (None, UNSURE):
            return {}
        other_answers = [s for s in found if s != requested and current.get(s) != found[s]]
        if other_answers and not _leads_with_answer(turn):
            return {}
        value = found.get(requested)
        if value is None:
            value = _yes_no(turn, fine_is_no=requested in _SYMPTOM_QUESTIONS)
        if value == UNSURE and _hedged_report(turn):
            value = True
    else:
        return {}
    if value is None:
        # Nothing readable: it counts as a try, like "not sure" (two tries, then
        # the cautious answer), unless the message was about something else.
        if _changes_something(found, current) or not _counts_as_a_try(turn):
            return {}
        value = UNSURE
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
    found: Dict[str, Any] = _boolean_answers(turn.mentions, turn.text)
    # An uncertain mention only answers the question being asked.
    found = {slot: value for slot, value in found.items() if value != UNSURE or slot == requested}
    location = _location(turn, requested)
    if location:
        found[KNOT_LOCATION] = location
    flags = _red_flags(turn, current.get(RED_FLAGS) or [])
    if flags is not None:
        found[RED_FLAGS] = flags
    found.update(sign_checks.queue(_unclear_signs(turn), {**current, **found}))
    if _FEELS_NOT_RIGHT.search(_normalised(turn.text)):
        found[FEELS_NOT_RIGHT] = True
    elif current.get(FEELS_NOT_RIGHT) and _NOT_WORRIED.search(_normalised(turn.text)):
        found[FEELS_NOT_RIGHT] = False
    if current.get(CHECKING_SIGNS):
        # A closed question about warning signs is out: the bare answer is its.
        requested = None
        if set(found.get(RED_FLAGS) or ()) & set(current[CHECKING_SIGNS]):
            found[CHECKING_SIGNS] = None
        elif _counts_as_a_try(turn):
            answer = _check_answer(turn)
            if answer is not None or not _changes_something(found, current):
                found.update(sign_checks.read_check_answer(answer, {**current, **found}))
    elif requested:
        found.update(_answer_to_requested(turn, requested, current, found))
    doing_our_routine = bool(_DOING_OUR_ROUTINE.search(_normalised(turn.text)))
    if doing_our_routine and not current.get(ROUTINE_GIVEN):
        found[ROUTINE_GIVEN] = True
    following_up = bool(current.get(ROUTINE_GIVEN) or doing_our_routine)
    found.update(
        read_time_answers(
            turn.text,
            turn.intent,
            turn.mentions,
            requested,
            current,
            today or date.today(),
            following_up,
            doing_our_routine,
            _changes_something(found, current),
        )
    )
    if requested == ROUTINE_PROGRESS and ROUTINE_PROGRESS not in found:
        if not _changes_something(found, current) and _counts_as_a_try(turn):
            found.update(_settle_unsure(ROUTINE_PROGRESS, UNSURE, current))
    return found
