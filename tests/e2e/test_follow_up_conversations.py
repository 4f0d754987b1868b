"""A returning person reports on the routine over REST: 2, 4 and 6 weeks in, also
while the planning questions are asked."""

import pytest

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "message, outcome, reasons",
    [
        (
            "I started the routine 2 weeks ago and it's no better",
            "self_care_routine",
            ["routine_in_progress"],
        ),
        (
            "I started the routine 4 weeks ago and it's no better",
            "see_professional",
            ["no_improvement_after_routine"],
        ),
        (
            "I've been doing the exercises for 6 weeks, still no change",
            "see_professional",
            ["no_improvement_after_routine"],
        ),
        (
            "been doing the routine six weeks now and it's a lot better",
            "self_care_routine",
            ["routine_helping"],
        ),
        (
            "started the foam roller routine last week and it's getting worse",
            "see_professional",
            ["no_improvement_after_routine"],
        ),
    ],
)
def test_follow_up_outcome(assistant, message, outcome, reasons):
    sender = assistant.new_sender()
    assistant.say(sender, message)
    slots = assistant.slots(sender)
    assert slots["triage_outcome"] == outcome
    assert slots["triage_reasons"] == reasons


def test_ambiguous_start_date_is_asked_about(assistant):
    sender = assistant.new_sender()
    replies = assistant.say(sender, "I started the routine 10/11, it's about the same")
    assert "did you mean" in replies[-1]["text"]
    assert assistant.slots(sender)["requested_slot"] == "routine_started_on"
    assistant.say(sender, replies[-1]["buttons"][0]["payload"])
    slots = assistant.slots(sender)
    assert slots["routine_started_on"] is not None and slots["triage_outcome"] is not None


def test_future_start_is_asked_again(assistant):
    sender = assistant.new_sender()
    assistant.say(sender, "checking in on the exercises, no better")
    replies = assistant.say(sender, "next week")
    assert "still to come" in replies[-1]["text"]
    assistant.say(sender, "three weeks ago")
    assert assistant.slots(sender)["triage_outcome"] == "self_care_routine"


SELF_CARE_OPENING = (
    "knot between my shoulder blades for a while, stretching and massage haven't shifted it, "
    "my neck is fine and no tingling in my arms",
    "no, none of those",
)


@pytest.mark.parametrize(
    "report, outcome, asked_next",
    [
        (
            "quick update, I've kept up the roller exercise you gave me for five weeks "
            "and it's no better",
            "see_professional",
            None,
        ),
        (
            "I've been on the strengthening routine you suggested for two weeks, "
            "it's about the same",
            "self_care_routine",
            None,
        ),
        ("the roller routine you gave me isn't helping", "self_care_routine", "routine_started_on"),
    ],
)
def test_a_report_during_the_planning_questions_is_a_follow_up(
    assistant, report, outcome, asked_next
):
    sender = assistant.new_sender()
    for text in SELF_CARE_OPENING:
        assistant.say(sender, text)
    slots = assistant.slots(sender)
    assert (slots["triage_outcome"], slots["requested_slot"]) == ("self_care_routine", "knot_since")
    assistant.say(sender, report)
    slots = assistant.slots(sender)
    assert slots["routine_progress"] is not None
    assert (slots["triage_outcome"], slots["requested_slot"]) == (outcome, asked_next)
    assert (slots["routine_started_on"] is None) == (asked_next == "routine_started_on")
    assert slots["knot_since"] is None
