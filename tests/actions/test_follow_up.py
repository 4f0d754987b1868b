"""Follow-ups: reading the report, the reply, and the reminder and summary actions."""

from datetime import date, datetime, timedelta

import pytest
from dateutil import tz
from rasa_sdk.events import ReminderCancelled, SlotSet
from sent_messages import texts

from actions.action_cancel_reminder import ActionCancelReminder
from actions.action_coach import ActionCoach
from actions.action_follow_up_outcome import ActionFollowUpOutcome
from actions.action_give_summary import ActionGiveSummary
from actions.action_set_reminder import ActionSetReminder
from triage.answers import Mention
from triage.date_answers import read_time_answers

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    "text, intent, requested, current, expected",
    [
        (
            "I started the routine on 3 November and it's no better",
            "report_progress",
            None,
            {},
            {
                "routine_progress": "same",
                "routine_started_on": "2026-11-03",
                "date_problem": None,
                "date_options": None,
            },
        ),
        (
            "been doing it three weeks, a bit better",
            "report_progress",
            None,
            {},
            {
                "routine_progress": "better",
                "routine_started_on": "2026-11-07",
                "date_problem": None,
                "date_options": None,
            },
        ),
        (
            "started 10/11",
            "report_progress",
            None,
            {},
            {
                "routine_started_on": "unsure",
                "date_problem": "ambiguous",
                "date_options": ["2026-11-10", "2026-10-11"],
            },
        ),
        ("checking in, it's worse", "report_progress", None, {}, {"routine_progress": "worse"}),
        (
            "next week",
            "inform",
            "routine_started_on",
            {},
            {"routine_started_on": "unsure", "date_problem": "future", "date_options": None},
        ),
        (
            "banana",
            "inform",
            "routine_started_on",
            {"unsure_about": "routine_started_on", "date_problem": "unreadable"},
            {
                "routine_started_on": "unknown",
                "date_problem": None,
                "date_options": None,
                "unsure_answers": ["routine_started_on"],
            },
        ),
        (
            "about 6 weeks ago",
            "inform",
            "knot_since",
            {},
            {"knot_since": "2026-10-17", "date_problem": None, "date_options": None},
        ),
        ("my neck hurts", "inform", None, {}, {}),
    ],
)
def test_read_time_answers(text, intent, requested, current, expected):
    assert read_time_answers(text, intent, (), requested, current, TODAY, True) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I started the routine on 3 November and it's no better",
        "it eased off over a few weeks but came back",
        "been stretching it for a month, neither better nor worse",
        "checking in, it's worse",
    ],
)
def test_a_story_of_change_is_no_progress_report_from_someone_never_given_the_routine(text):
    assert read_time_answers(text, "report_progress", (), None, {}, TODAY) == {}


def test_button_payloads_fill_date_and_progress():
    mentions = (Mention("routine_started_on", "2026-11-10"), Mention("routine_progress", "better"))
    found = read_time_answers("", "inform", mentions, "routine_started_on", {}, TODAY)
    assert found == {"routine_started_on": "2026-11-10", "routine_progress": "better"}


def _weeks_ago(weeks):
    return (date.today() - timedelta(weeks=weeks)).isoformat()


@pytest.mark.parametrize(
    "weeks, progress, level, phrase",
    [
        (2, "same", "self_care_routine", "keep going. A change usually shows by"),
        (4, "same", "see_professional", "no better after 28 days"),
        (6, "same", "see_professional", "no better after 42 days"),
        (1, "worse", "see_professional", "it's getting worse"),
        (6, "better", "self_care_routine", "hold each lift for 2-3 seconds"),
    ],
)
async def test_follow_up_outcome(tracker, dispatcher, domain, weeks, progress, level, phrase):
    slots = {"routine_started_on": _weeks_ago(weeks), "routine_progress": progress}
    events = await ActionFollowUpOutcome().run(dispatcher, tracker(slots), domain)
    assert SlotSet("triage_outcome", level) in events
    assert phrase in " ".join(texts(dispatcher))


async def test_follow_up_with_a_red_flag_escalates(tracker, dispatcher, domain):
    slots = {
        "routine_started_on": _weeks_ago(2),
        "routine_progress": "better",
        "red_flags": ["chest_pain"],
    }
    events = await ActionFollowUpOutcome().run(dispatcher, tracker(slots), domain)
    assert SlotSet("triage_outcome", "emergency") in events
    assert texts(dispatcher)[0].startswith("🚨 EMERGENCY")


async def test_summary_includes_the_onset(tracker, dispatcher, domain):
    slots = {
        "triage_outcome": "see_professional",
        "knot_location": "lower_back",
        "red_flags": [],
        "neck_pain": True,
        "knot_since": "2026-10-01",
        "triage_reasons": ["knot_not_mid_back"],
    }
    events = await ActionGiveSummary().run(dispatcher, tracker(slots), domain)
    assert events == [SlotSet("triage_reasons", ["knot_not_mid_back", "knot_since:2026-10-01"])]
    summary = texts(dispatcher)[0]
    assert "- First noticed: Thursday 1 October" in summary
    assert "- Neck pain: yes" in summary
    assert "- Warning signs: none reported" in summary


@pytest.mark.parametrize(
    "channel, scheduled", [("socketio", True), ("slack", True), ("rest", False)]
)
async def test_reminder_only_where_the_channel_can_push(
    tracker, dispatcher, domain, channel, scheduled
):
    t = tracker({}, text="remind me", intent="set_reminder")
    t.events[0]["input_channel"] = channel
    events = await ActionSetReminder().run(dispatcher, t, domain)
    assert bool(events) is scheduled
    if scheduled:
        reminder = events[0]
        assert reminder["event"] == "reminder" and reminder["name"] == "routine_reminder"
        when = datetime.fromisoformat(reminder["date_time"])
        assert when > datetime.now(tz.UTC)
        assert when.weekday() in (0, 2, 4, 5) and when.hour == 18


async def test_cancel_reminder(tracker, dispatcher, domain):
    events = await ActionCancelReminder().run(dispatcher, tracker(), domain)
    assert events == [ReminderCancelled(name="routine_reminder")]


async def test_coach_action_moves_through_the_steps(tracker, dispatcher, domain):
    t = tracker(
        {"routine_variant": "standing_at_wall", "coach_step": 1.0}, text="next", intent="next_step"
    )
    events = await ActionCoach().run(dispatcher, t, domain)
    assert events == [SlotSet("coach_step", 2)]
    assert texts(dispatcher)[0].startswith("Step 2 of 7: Hold the foam roller against the wall")
    assert dispatcher.messages[0]["buttons"]
