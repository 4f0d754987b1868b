"""The printable summary, from slot sets: exactly the answers (with "not sure"
and "not asked"), the advice as the chat gives it, the warning signs, the plan;
everything from the tracker escaped, nothing loaded from anywhere."""

from datetime import date, datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from answer_sets import CLEAR

from keepsakes.summary_page import STYLE, STYLE_HASH, summary_page
from triage.conversation_record import ConversationRecord, Moment, record_from_events
from triage.outcome_messages import HEADLINES
from triage.plan import plan_from, plan_message

DOMAIN = Path(__file__).resolve().parents[2] / "domain.yml"
# Saturday 28 November 2026, 14:05 in London (UTC in winter).
GIVEN = datetime(2026, 11, 28, 14, 5, tzinfo=timezone.utc).timestamp()
TRIAGE = ("knot_location", "red_flags", "neck_pain", "nerve_symptoms", "tried_stretching_massage")


def q(slot):
    """The question as the domain words it, without its "Question 2 of 5: " label."""
    text = yaml.safe_load(DOMAIN.read_text())["responses"][f"utter_question_{slot}"][0]["text"]
    return text.removeprefix("Question {question_number} of 5: ").split("?", 1)[0] + "?"


class Page(HTMLParser):
    """The rows of the answers table, the warning signs and every tag and attribute."""

    def __init__(self, html):
        super().__init__()
        self.rows, self.signs, self.tags, self.attributes = {}, {}, [], []
        self._cell, self._text, self._row = None, "", []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += [name for name, _ in attrs]
        if tag in ("th", "td", "li"):
            self._cell, self._text = tag, ""

    def handle_endtag(self, tag):
        if tag in ("th", "td"):
            self._row.append(self._text)
        if tag == "tr":
            self.rows[self._row[0]] = self._row[1]
            self._row = []
        if tag == "li":
            sign, _, state = self._text.rpartition(": ")
            self.signs[sign] = state
        if tag in ("th", "td", "li"):
            self._cell = None

    def handle_data(self, data):
        if self._cell:
            self._text += data


def record(slots, asked=TRIAGE, zone="Europe/London", routine_time=None):
    return ConversationRecord(
        slots,
        frozenset(asked),
        Moment(GIVEN, zone),
        Moment(routine_time, zone) if routine_time else None,
    )


CASES = {
    "self-care with the routine": (
        {
            **CLEAR,
            "knot_since": "2026-10-17",
            "has_foam_roller": True,
            "can_kneel": False,
            "triage_outcome": "self_care_routine",
            "triage_reasons": ["mid_back_knot", "no_red_flags"],
            "routine_variant": "standing_at_wall",
        },
        TRIAGE + ("knot_since", "has_foam_roller", "can_kneel"),
        {
            "knot_location": "between or around your shoulder blades",
            "red_flags": "none reported",
            "neck_pain": "no",
            "nerve_symptoms": "no",
            "tried_stretching_massage": "yes",
            "knot_since": "Saturday 17 October 2026 (about 6 weeks ago)",
            "has_foam_roller": "yes",
            "can_kneel": "no",
        },
    ),
    "emergency before the other questions": (
        {
            "knot_location": "mid_back",
            "red_flags": ["chest_pain"],
            "triage_outcome": "emergency",
            "triage_reasons": ["red_flag:chest_pain"],
        },
        ("knot_location", "red_flags"),
        {
            "knot_location": "between or around your shoulder blades",
            "red_flags": "chest pain, pressure or tightness",
            "neck_pain": "not asked",
            "nerve_symptoms": "not asked",
            "tried_stretching_massage": "not asked",
            "knot_since": "not asked",
        },
    ),
    "not sure, and a question asked but not answered": (
        {
            "knot_location": "mid_back",
            "red_flags": [],
            "neck_pain": True,
            "unsure_answers": ["neck_pain"],
            "triage_outcome": "see_professional",
            "triage_reasons": ["unsure:neck_pain", "unanswered:nerve_symptoms"],
            "knot_since": "unknown",
        },
        ("knot_location", "red_flags", "neck_pain", "nerve_symptoms", "knot_since"),
        {
            "knot_location": "between or around your shoulder blades",
            "red_flags": "none reported",
            "neck_pain": "not sure",
            "nerve_symptoms": "asked, no answer",
            "tried_stretching_massage": "not asked",
            "knot_since": "not sure",
        },
    ),
    "unsure about the warning signs": (
        {
            "knot_location": "lower_back",
            "red_flags": [],
            "unsure_answers": ["red_flags"],
            "triage_outcome": "urgent_care",
            "triage_reasons": ["unsure:red_flags", "knot_not_mid_back"],
        },
        ("knot_location", "red_flags"),
        {
            "knot_location": "your lower back",
            "red_flags": "not sure",
            "neck_pain": "not asked",
            "nerve_symptoms": "not asked",
            "tried_stretching_massage": "not asked",
            "knot_since": "not asked",
        },
    ),
    "follow-up: worse": (
        {
            **CLEAR,
            "triage_outcome": "see_professional",
            "triage_reasons": ["no_improvement_after_routine"],
            "routine_started_on": "2026-11-14",
            "routine_progress": "worse",
        },
        ("routine_started_on", "routine_progress"),
        {
            "knot_location": "between or around your shoulder blades",
            "red_flags": "none reported",
            "neck_pain": "no",
            "nerve_symptoms": "no",
            "tried_stretching_massage": "yes",
            "knot_since": "not asked",
            "routine_started_on": "Saturday 14 November 2026",
            "routine_progress": "worse",
        },
    ),
}


@pytest.mark.parametrize("slots, asked, expected", CASES.values(), ids=CASES.keys())
def test_the_page_shows_exactly_the_answers(slots, asked, expected):
    page = Page(summary_page(record(slots, asked, routine_time=GIVEN)))
    assert page.rows == {q(slot): answer for slot, answer in expected.items()}


@pytest.mark.parametrize("slots, asked, expected", CASES.values(), ids=CASES.keys())
def test_the_page_leads_with_the_advice_as_the_chat_gave_it(slots, asked, expected):
    html = summary_page(record(slots, asked))
    headline = HEADLINES[slots["triage_outcome"]].replace("'", "&#x27;")
    assert f'<p class="headline">{headline}</p>' in html
    assert "Advice given on Saturday 28 November 2026 at 14:05 (Europe/London)" in html


@pytest.mark.parametrize(
    "reasons_slots, said",
    [
        (
            CASES["emergency before the other questions"][0],
            "I&#x27;m saying this because you mentioned chest pain",
        ),
        (
            CASES["not sure, and a question asked but not answered"][0],
            "you weren&#x27;t sure about neck pain, so to be safe I counted it as a yes",
        ),
        (
            CASES["unsure about the warning signs"][0],
            "As I couldn&#x27;t rule the warning signs out",
        ),
        (CASES["follow-up: worse"][0], "I&#x27;m saying this because it&#x27;s getting worse"),
        (CASES["self-care with the routine"][0], "no numbness, tingling or weakness in your arms"),
    ],
)
def test_the_reasons_are_in_the_chat_s_words(reasons_slots, said):
    assert said in summary_page(record(reasons_slots))


def test_the_warning_signs_say_what_was_reported_ruled_out_or_not_asked():
    slots = {
        "knot_location": "mid_back",
        "red_flags": ["fever_or_chills"],
        "signs_checked": ["chest_pain"],
        "triage_outcome": "urgent_care",
        "triage_reasons": ["red_flag:fever_or_chills"],
    }
    screened = Page(summary_page(record(slots, ("knot_location", "red_flags")))).signs
    assert len(screened) == 12
    assert screened["fever or chills"] == "reported"
    assert screened["chest pain, pressure or tightness"] == "no (asked on its own)"
    assert screened["shortness of breath"] == "not reported"
    volunteered = Page(summary_page(record(slots, ("knot_location",)))).signs
    assert volunteered["shortness of breath"] == "not asked"
    nothing = {
        "knot_location": "neck",
        "triage_outcome": "see_professional",
        "triage_reasons": ["knot_not_mid_back"],
    }
    assert Page(summary_page(record(nothing, ("knot_location",)))).signs == {}


def test_the_plan_is_the_one_the_chat_gave_while_the_advice_is_self_care():
    slots = CASES["self-care with the routine"][0]
    given = datetime(
        2026, 11, 28, 23, 30, tzinfo=timezone.utc
    ).timestamp()  # Sunday 29th in Auckland
    html = summary_page(record(slots, zone="Pacific/Auckland", routine_time=given))
    assert (
        "Here&#x27;s your routine: Standing forearm slides on a foam roller against a wall." in html
    )
    assert plan_message(plan_from(date(2026, 11, 29))).replace("'", "&#x27;") in html
    escalated = {
        **slots,
        "triage_outcome": "emergency",
        "red_flags": ["chest_pain"],
        "triage_reasons": ["red_flag:chest_pain"],
    }
    assert "Your plan" not in summary_page(record(escalated, routine_time=given))


def test_everything_from_the_tracker_is_escaped():
    slots = {
        "knot_location": "<b>x</b>",
        "red_flags": ['<img src=x onerror="alert(1)">'],
        "triage_outcome": "emergency",
        "triage_reasons": ["red_flag:<script>alert(2)</script>"],
    }
    html = summary_page(record(slots, zone='"><script>alert(3)</script>'))
    page = Page(html)
    assert set(page.tags) <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "h1",
        "h2",
        "p",
        "div",
        "table",
        "tr",
        "th",
        "td",
        "ul",
        "li",
        "strong",
    }
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "(UTC)" in html, "a zone that is no zone is not shown"


def test_the_page_loads_nothing_and_its_style_is_allowed_by_hash():
    html = summary_page(record(CASES["self-care with the routine"][0], routine_time=GIVEN))
    page = Page(html)
    assert not {"src", "href", "action"} & set(page.attributes)
    assert "url(" not in STYLE and "@import" not in STYLE
    assert f"<style>{STYLE}</style>" in html and STYLE_HASH.startswith("sha256-")


def test_no_outcome_no_page():
    assert summary_page(record({"knot_location": "mid_back"})) is None
    assert summary_page(record({"triage_outcome": "made_up"})) is None
    assert (
        summary_page(ConversationRecord({"triage_outcome": "emergency"}, frozenset(), None, None))
        is None
    )


def test_the_record_reads_questions_outcome_time_and_zone_from_the_events():
    events = [
        {"event": "action", "name": "action_session_start", "timestamp": 1.0},
        {"event": "user", "timestamp": 2.0, "metadata": {"timezone": "Asia/Tokyo"}},
        {"event": "slot", "name": "requested_slot", "value": "knot_location", "timestamp": 3.0},
        {"event": "slot", "name": "requested_slot", "value": None, "timestamp": 4.0},
        {"event": "slot", "name": "triage_outcome", "value": "emergency", "timestamp": 5.0},
        {"event": "user", "timestamp": 6.0, "metadata": {}},
        {"event": "slot", "name": "triage_outcome", "value": "urgent_care", "timestamp": 7.0},
        {"event": "slot", "name": "triage_outcome", "value": None, "timestamp": 8.0},
    ]
    found = record_from_events(events, {"triage_outcome": "urgent_care"})
    assert found.asked == {"knot_location"}
    assert found.outcome == Moment(7.0, None), "the latest outcome, in the zone its message had"
    assert found.routine is None and found.routine_plan() is None
    assert Moment(5.0, "Asia/Tokyo").local().utcoffset().total_seconds() == 9 * 3600
