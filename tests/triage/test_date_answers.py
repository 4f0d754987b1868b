"""Reading answers about time and progress: when the knot began, when the routine
started, how it is going."""

from datetime import date

import pytest

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


@pytest.mark.parametrize(
    "text, intent, following_up, said_doing_it, expected",
    [
        # a report on the routine, while the knot's onset is asked, dates the routine
        (
            "quick update: I've done the slides for six weeks now and the knot hasn't changed",
            "report_progress",
            True,
            False,
            {
                "routine_progress": "same",
                "routine_started_on": "2026-10-17",
                "date_problem": None,
                "date_options": None,
            },
        ),
        (
            "since I started your exercise on 2 November it's loosened a lot",
            "inform",
            True,
            True,
            {
                "routine_progress": "better",
                "routine_started_on": "2026-11-02",
                "date_problem": None,
                "date_options": None,
            },
        ),
        # a report with no date leaves the onset question out, unanswered
        (
            "been keeping at it, it's worse if anything",
            "report_progress",
            True,
            False,
            {"routine_progress": "worse"},
        ),
        # from someone never given the routine, a story of change answers the question
        (
            "it came on about six weeks ago and has eased off a bit since",
            "report_progress",
            False,
            False,
            {"knot_since": "2026-10-17", "date_problem": None, "date_options": None},
        ),
    ],
)
def test_a_report_during_the_onset_question(text, intent, following_up, said_doing_it, expected):
    found = read_time_answers(
        text, intent, (), "knot_since", {}, TODAY, following_up, said_doing_it
    )
    assert found == expected


def test_button_payloads_fill_date_and_progress():
    mentions = (Mention("routine_started_on", "2026-11-10"), Mention("routine_progress", "better"))
    found = read_time_answers("", "inform", mentions, "routine_started_on", {}, TODAY)
    assert found == {"routine_started_on": "2026-11-10", "routine_progress": "better"}
