"""The printable summary to show a clinician: one A4 page of HTML.

Plain Python. The page says only what the person said and what the assistant
said: the advice as the chat gave it (`outcome_advice`, `follow_up_advice`),
every answer beside the question as it was asked, "not sure" where the person
wasn't, "not asked" for a question never put, the warning signs of the screen,
and the routine with its plan. Everything from the tracker is HTML-escaped. No
script and nothing from elsewhere: the style is inline, allowed by its hash in
the page's Content-Security-Policy.
"""

import base64
import hashlib
import re
from datetime import date
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import yaml

from triage import red_flags
from triage.contract import (
    BETTER,
    CAN_KNEEL,
    HAS_FOAM_ROLLER,
    KNOT_LOCATION,
    KNOT_SINCE,
    LEVELS,
    NECK_PAIN,
    NERVE_SYMPTOMS,
    RED_FLAGS,
    ROUTINE_PROGRESS,
    ROUTINE_STARTED_ON,
    SAME,
    SELF_CARE_ROUTINE,
    SIGNS_CHECKED,
    TRIAGE_OUTCOME,
    TRIAGE_REASONS,
    TRIED_STRETCHING_MASSAGE,
    UNKNOWN,
    UNSPECIFIED_RED_FLAG,
    UNSPECIFIED_URGENT_SIGN,
    UNSURE,
    UNSURE_ANSWERS,
    WORSE,
)
from triage.conversation_record import ConversationRecord
from triage.dates import spoken
from triage.decision import Decision
from triage.follow_up_messages import follow_up_advice
from triage.outcome_messages import HEADLINES, PLACES, outcome_advice
from triage.plan import plan_message
from triage.questions import ASKED, ask

NOT_SURE, NOT_ASKED, NO_ANSWER = "not sure", "not asked", "asked, no answer"
TRIAGE_ANSWERS = (
    KNOT_LOCATION,
    RED_FLAGS,
    NECK_PAIN,
    NERVE_SYMPTOMS,
    TRIED_STRETCHING_MASSAGE,
    KNOT_SINCE,
)
ROUTINE_ANSWERS = (HAS_FOAM_ROLLER, CAN_KNEEL)
FOLLOW_UP_ANSWERS = (ROUTINE_STARTED_ON, ROUTINE_PROGRESS)
PROGRESS_WORDS = {BETTER: "better", SAME: "about the same", WORSE: "worse"}
SCREENED = tuple(
    flag
    for flag in red_flags.RED_FLAGS
    if flag.id not in (UNSPECIFIED_RED_FLAG, UNSPECIFIED_URGENT_SIGN)
)
LEVEL_CLASSES = dict(zip(LEVELS, ("emergency", "urgent", "professional", "self-care"), strict=True))

STYLE = """
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,sans-serif;color:#1d2430;background:#fff;
margin:0 auto;max-width:46rem;padding:1rem}
h1{font-size:1.3rem;margin:0 0 .2rem}
h2{font-size:1rem;margin:.9rem 0 .3rem;padding-bottom:.1rem;border-bottom:1px solid #c9ced6}
p{margin:.25rem 0}
.when{color:#4a5565}
.advice{border-left:6px solid #1f5fbf;padding:.3rem .8rem}
.advice .headline{font-weight:700}
.level-emergency{border-color:#b42318}.level-urgent{border-color:#f79009}
.level-professional{border-color:#1f5fbf}.level-self-care{border-color:#067647}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.25rem .4rem;border-bottom:1px solid #e3e6ea}
th{font-weight:400;width:58%}
td{font-weight:600}
.signs{columns:2;column-gap:2rem;margin:.2rem 0;padding-left:1.1rem}
.signs li{break-inside:avoid}
@media (max-width:36rem){th,td{display:block;width:auto}
th{border:0;padding-bottom:0}.signs{columns:1}}
@page{size:A4;margin:12mm 14mm}
@media print{body{font-size:9pt;max-width:none;padding:0}h2{margin-top:.6rem}}
"""
STYLE_HASH = "sha256-" + base64.b64encode(hashlib.sha256(STYLE.encode("utf-8")).digest()).decode()
CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src '{STYLE_HASH}'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)


_PROJECT_DOMAIN = Path(__file__).resolve().parent.parent / "domain.yml"
# Installed as a package (the Docker image): the domain in Rasa's working directory.
DOMAIN_FILE = _PROJECT_DOMAIN if _PROJECT_DOMAIN.exists() else Path("domain.yml")
_LABEL = re.compile(r"^Question \{question_number\} of \d+: ")


@lru_cache(maxsize=1)
def asked_questions() -> Dict[str, str]:
    """Each question as the assistant asks it (its `utter_question_<slot>` response in
    domain.yml), without the "Question 2 of 5: " label, up to its question mark."""
    responses = yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))["responses"]
    texts = {slot: responses[ask(slot)][0]["text"] for slot in ASKED}
    return {slot: _LABEL.sub("", text).split("?", 1)[0] + "?" for slot, text in texts.items()}


def _question(slot: str) -> str:
    return asked_questions()[slot]


def _day(day: date) -> str:
    return f"{spoken(day)} {day.year}"


def _iso(value: Any) -> Optional[date]:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _flag_list(flags: Any) -> str:
    return "; ".join(red_flags.describe(str(flag)) for flag in flags) or "none reported"


def answer(slot: str, record: ConversationRecord, today: date) -> str:
    """The person's answer to one question, in words (not yet escaped)."""
    slots = record.slots
    value = slots.get(slot)
    unsure = slot in (slots.get(UNSURE_ANSWERS) or ()) or value in (UNSURE, UNKNOWN)
    if slot == RED_FLAGS and isinstance(value, list):
        return _flag_list(value) if value or not unsure else NOT_SURE
    if unsure:
        return NOT_SURE
    if value is None:
        return NO_ANSWER if slot in record.asked else NOT_ASKED
    if isinstance(value, bool):
        return "yes" if value else "no"
    if slot == KNOT_LOCATION:
        return PLACES.get(str(value), str(value))
    if slot == ROUTINE_PROGRESS:
        return PROGRESS_WORDS.get(str(value), str(value))
    day = _iso(value)
    if day is None:
        return str(value)
    if slot != KNOT_SINCE:
        return _day(day)
    weeks = (today - day).days // 7
    return f"{_day(day)} (about {weeks} week{'s' if weeks != 1 else ''} ago)"


def _answered_or_asked(record: ConversationRecord, slots: Tuple[str, ...]) -> bool:
    return any(record.slots.get(slot) is not None or slot in record.asked for slot in slots)


def answered_questions(record: ConversationRecord) -> List[str]:
    """The questions the page lists: the check's, and those of the routine and
    the follow-up where they were part of the conversation."""
    shown = list(TRIAGE_ANSWERS)
    if record.slots.get(TRIAGE_OUTCOME) == SELF_CARE_ROUTINE or _answered_or_asked(
        record, ROUTINE_ANSWERS
    ):
        shown += ROUTINE_ANSWERS
    if _answered_or_asked(record, FOLLOW_UP_ANSWERS):
        shown += FOLLOW_UP_ANSWERS
    return shown


def sign_statuses(record: ConversationRecord) -> List[Tuple[str, str]]:
    """Each warning sign of the screen and what is known of it; [] when none was asked about."""
    flags = record.slots.get(RED_FLAGS) or []
    checked = record.slots.get(SIGNS_CHECKED) or []
    screened = RED_FLAGS in record.asked
    if not (screened or flags or checked):
        return []

    def status(flag_id: str) -> str:
        if flag_id in flags:
            return "reported"
        if flag_id in checked:
            return "no (asked on its own)"
        return "not reported" if screened else NOT_ASKED

    return [(flag.described_as, status(flag.id)) for flag in SCREENED]


def advice(record: ConversationRecord, decision: Decision, today: date) -> List[str]:
    """The outcome's messages as the chat gave them, headline first."""
    if record.slots.get(ROUTINE_PROGRESS):
        texts = follow_up_advice(decision, record.slots, today)
    else:
        texts = outcome_advice(decision, record.slots)
    headline = HEADLINES[decision.level]
    if texts[0].startswith(headline) and texts[0] != headline:
        texts = [headline, texts[0][len(headline) :].strip(), *texts[1:]]
    return texts


def _paragraphs(texts: List[str], first_class: str = "") -> str:
    return "".join(
        f'<p class="{first_class}">{escape(text)}</p>'
        if index == 0 and first_class
        else f"<p>{escape(text)}</p>"
        for index, text in enumerate(texts)
    )


def summary_page(record: ConversationRecord) -> Optional[str]:
    """The page for a conversation's latest outcome; None when it has none."""
    level = record.slots.get(TRIAGE_OUTCOME)
    if level not in LEVELS or record.outcome is None:
        return None
    reasons = record.slots.get(TRIAGE_REASONS) or []
    decision = Decision(level, tuple(str(reason) for reason in reasons))
    today = record.outcome.day
    given = record.outcome.local()
    rows = "".join(
        f'<tr><th scope="row">{escape(_question(slot))}</th>'
        f"<td>{escape(answer(slot, record, today))}</td></tr>"
        for slot in answered_questions(record)
    )
    signs = sign_statuses(record)
    signs_html = (
        (
            '<h2>Warning signs asked about</h2><ul class="signs">'
            + "".join(
                f"<li>{escape(sign)}: <strong>{escape(state)}</strong></li>"
                for sign, state in signs
            )
            + "</ul>"
        )
        if signs
        else ""
    )
    plan = record.routine_plan()
    routine_html = (
        (
            "<h2>Routine</h2>"
            + _paragraphs([f"Here's your routine: {plan[0].title}.", plan_message(plan[1])])
        )
        if plan
        else ""
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        "<title>Mid-back knot check: summary</title>"
        f"<style>{STYLE}</style></head><body>"
        "<h1>Mid-back knot check: summary to show a clinician</h1>"
        f'<p class="when">Advice given on {escape(_day(given.date()))} at {given:%H:%M} '
        f"({escape(record.outcome.zone_name)}). This is not a diagnosis.</p>"
        f'<h2>Advice</h2><div class="advice level-{LEVEL_CLASSES[level]}">'
        f"{_paragraphs(advice(record, decision, today), 'headline')}</div>"
        f"<h2>Answers</h2><table>{rows}</table>"
        f"{signs_html}{routine_html}"
        "</body></html>"
    )
