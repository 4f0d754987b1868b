"""Choose what the scripted person says next.

A pure function of the tracker (as the HTTP API returns it), the assistant's
last message, and the case: the person answers only what is asked, and only
from their facts. The rules, first match wins:

a. the case scripts an answer, not yet given, for the slot being asked
   (`requested_slot`): that answer (a person who stays unsure says so again,
   whatever form the next question takes);
b. the assistant is checking specific warning signs (slot `checking_signs`):
   yes if the person has any of them, else no;
c. the last message has a button for one of the person's red flags: press it;
d. a question is asked (`requested_slot`): the case's last scripted answer for
   that slot, or a default from the facts;
e. nothing is asked and there is no outcome yet: "what do you think?"
   (only while looking for the first outcome; afterwards the person stops).
"""

import zlib
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence

IDLE_PROMPT = "what do you think?"
YES_WORDS = ("yes", "yeah I do", "yes, I have")
NO_WORDS = ("no", "no, not that", "nope")
BOOL_SLOTS = (
    "neck_pain",
    "nerve_symptoms",
    "tried_stretching_massage",
    "has_foam_roller",
    "can_kneel",
)
LOCATION_PHRASES = {
    "mid_back": "between my shoulder blades",
    "lower_back": "my lower back",
    "neck": "in my neck",
    "shoulder": "on top of my shoulder",
    "other": "in my hip",
}
# How a person would say they have a warning sign, in plain words.
RED_FLAG_PHRASES = {
    "chest_pain": "I have pain in my chest",
    "shortness_of_breath": "I get short of breath",
    "pain_to_jaw_or_arm": "the pain goes into my jaw and down my arm",
    "sweating_or_nausea": "I'm sweating and feel sick with it",
    "bladder_bowel_control": "I can't control my bladder properly",
    "leg_weakness_or_numbness": "my legs feel weak and numb",
    "major_injury": "I had a bad fall",
    "fever_or_chills": "I have a fever and the chills",
    "weight_loss": "I've lost a lot of weight without trying",
    "cancer_history": "I've had cancer before",
    "night_or_rest_pain": "it hurts all the time, worse at night",
    "feeling_unwell": "I feel generally unwell",
}
DEFAULT_TEXTS = {
    "routine_started_on": "3 weeks ago",
    "routine_progress": "about the same",
}
UNKNOWN_SLOT_TEXT = "I'm not sure"


@dataclass(frozen=True)
class Reply:
    """What to send, which rule chose it, and the slot it answers (rule c)."""

    text: str
    rule: str
    slot: Optional[str] = None


def variant(case_id: str, choices: Sequence[str]) -> str:
    """One of `choices`, the same every run for the same case id."""
    return choices[zlib.crc32(case_id.encode("utf-8")) % len(choices)]


def slots_of(tracker: Mapping[str, Any]) -> Mapping[str, Any]:
    return tracker.get("slots") or {}


def checking_signs(tracker: Mapping[str, Any]) -> List[str]:
    """The warning signs the assistant is asking about right now (may be empty)."""
    signs = slots_of(tracker).get("checking_signs")
    return [str(sign) for sign in signs] if isinstance(signs, list) else []


def requested_slot(tracker: Mapping[str, Any]) -> Optional[str]:
    return slots_of(tracker).get("requested_slot") or None


def form_active(tracker: Mapping[str, Any]) -> bool:
    """True while a form (a loop) is active."""
    loop = tracker.get("active_loop")
    return bool(loop.get("name")) if isinstance(loop, dict) else bool(loop)


def is_asking(tracker: Mapping[str, Any]) -> bool:
    """True while the assistant waits for an answer: a form, a question or a sign check."""
    return form_active(tracker) or bool(requested_slot(tracker)) or bool(checking_signs(tracker))


def default_answer(slot: str, facts: Mapping[str, Any]) -> str:
    """The answer the facts give to the question for `slot`."""
    if slot in BOOL_SLOTS:
        return "yes" if facts.get(slot) else "no"
    if slot == "knot_location":
        return LOCATION_PHRASES[facts["knot_location"]]
    if slot == "red_flags":
        flags = facts.get("red_flags") or []
        return RED_FLAG_PHRASES[flags[0]] if flags else "none of those"
    if slot == "knot_since":
        return facts.get("knot_since") or "a few weeks ago"
    return DEFAULT_TEXTS.get(slot, UNKNOWN_SLOT_TEXT)


def choose_reply(
    case_id: str,
    facts: Mapping[str, Any],
    answers: Mapping[str, Sequence[str]],
    tracker: Mapping[str, Any],
    last_message: Optional[Mapping[str, Any]],
    answered: Mapping[str, int],
    idle: Optional[str] = IDLE_PROMPT,
) -> Optional[Reply]:
    """The person's next message, or None when nothing is asked and `idle` is None.

    `answered` counts how often each slot has been answered so far: the k-th
    time a slot is asked, the k-th scripted answer is used (the last repeats).
    """
    flags = set(facts.get("red_flags") or [])
    slot = requested_slot(tracker)
    scripted = answers.get(slot) or [] if slot else []
    if answered.get(slot or "", 0) < len(scripted):
        return Reply(scripted[answered.get(slot, 0)], "a", slot)
    signs = checking_signs(tracker)
    if signs:
        words = YES_WORDS if flags.intersection(signs) else NO_WORDS
        return Reply(variant(case_id, words), "b")
    for button in (last_message or {}).get("buttons") or []:
        payload = str(button.get("payload") or "")
        if any(flag in payload for flag in flags):
            return Reply(payload, "c")
    if slot:
        if scripted:
            return Reply(scripted[-1], "d", slot)
        return Reply(default_answer(slot, facts), "d", slot)
    if idle is None:
        return None
    return Reply(idle, "e")


def counted(answered: Dict[str, int], reply: Reply) -> None:
    """Count `reply` as an answer to its slot (rules a and d)."""
    if reply.slot:
        answered[reply.slot] = answered.get(reply.slot, 0) + 1
