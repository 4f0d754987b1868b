"""Opening the check, and the replies to a message after the outcome."""

import pytest
from rasa_sdk.events import FollowupAction, SlotSet
from sent_messages import responses, said, texts

from actions.action_continue_check import ActionContinueCheck
from triage.outcome_messages import HEADLINES


async def test_first_message_gets_the_intro_once(tracker, dispatcher, domain):
    events = await ActionContinueCheck().run(dispatcher, tracker(text="hi", intent="greet"), domain)
    assert events == [SlotSet("intro_given", True)]
    assert responses(dispatcher) == ["utter_intro"]
    assert "not a diagnosis" in said(domain, dispatcher)[0]
    again = await ActionContinueCheck().run(dispatcher, tracker({"intro_given": True}), domain)
    assert again == [] and len(dispatcher.messages) == 1


@pytest.mark.parametrize(
    "intent, response, phrase",
    [
        ("inform", "utter_advice_unchanged", "doesn't change my advice"),
        ("affirm", "utter_advice_unchanged", "doesn't change my advice"),
        ("greet", "utter_advice_stands", "My advice from our check stands"),
    ],
)
async def test_after_the_outcome_restates_the_advice(
    tracker, dispatcher, domain, intent, response, phrase
):
    slots = {"triage_outcome": "urgent_care", "intro_given": True}
    t = tracker(slots, text="hello", intent=intent)
    assert await ActionContinueCheck().run(dispatcher, t, domain) == []
    assert dispatcher.messages[0]["response"] == response
    assert dispatcher.messages[0]["headline"] == HEADLINES["urgent_care"]
    (text,) = said(domain, dispatcher)
    assert phrase in text and HEADLINES["urgent_care"] in text


async def test_after_a_retriage_in_the_same_turn_stays_quiet(tracker, dispatcher, domain):
    slots = {"triage_outcome": "emergency"}
    t = tracker(
        slots,
        text="chest pain",
        intent="inform",
        events_after_message=[{"event": "slot", "name": "triage_outcome", "value": "emergency"}],
    )
    assert await ActionContinueCheck().run(dispatcher, t, domain) == []
    assert dispatcher.messages == []


PROGRESS_READ = [{"event": "slot", "name": "routine_progress", "value": "same"}]


async def test_a_progress_report_from_someone_given_the_routine_starts_the_follow_up(
    tracker, dispatcher, domain
):
    slots = {"triage_outcome": "self_care_routine", "routine_given": True}
    t = tracker(
        slots,
        text="been doing the roller exercise you gave me, no change",
        intent="inform",
        events_after_message=PROGRESS_READ,
    )
    assert await ActionContinueCheck().run(dispatcher, t, domain) == [
        FollowupAction("follow_up_form")
    ]
    assert dispatcher.messages == []


async def test_news_after_the_outcome_without_the_routine_is_noted(tracker, dispatcher, domain):
    slots = {"triage_outcome": "see_professional", "routine_given": False}
    t = tracker(slots, text="it eased off over a few weeks", intent="report_progress")
    assert await ActionContinueCheck().run(dispatcher, t, domain) == []
    assert responses(dispatcher) == ["utter_advice_unchanged"]
    assert said(domain, dispatcher)[0].startswith(
        "Thanks, I've noted that. It doesn't change my advice"
    )


async def test_a_queued_warning_sign_is_asked_after_the_outcome(tracker, dispatcher, domain):
    slots = {"triage_outcome": "self_care_routine", "signs_to_check": ["weight_loss"]}
    t = tracker(slots, text="I've lost a bit of weight too", intent="inform")
    assert await ActionContinueCheck().run(dispatcher, t, domain) == [
        SlotSet("checking_signs", ["weight_loss"]),
        SlotSet("signs_to_check", []),
    ]
    assert texts(dispatcher) == [
        "You mentioned your weight. Right now, have you lost weight recently without trying?"
    ]


async def test_someone_back_on_the_routine_before_any_check_gets_the_follow_up(
    tracker, dispatcher, domain
):
    t = tracker(
        {"routine_given": True}, text="u gave me the roller exercise ages ago", intent="inform"
    )
    assert await ActionContinueCheck().run(dispatcher, t, domain) == [
        SlotSet("intro_given", True),
        FollowupAction("follow_up_form"),
    ]
    assert responses(dispatcher) == ["utter_welcome_back"]
    assert said(domain, dispatcher)[0].startswith("Welcome back!")


async def test_after_a_correction_down_to_self_care_the_planning_questions_follow(
    tracker, dispatcher, domain
):
    slots = {"triage_outcome": "self_care_routine", "check_complete": True}
    t = tracker(
        slots,
        text="sorry, my neck doesn't hurt",
        intent="inform",
        events_after_message=[
            {"event": "slot", "name": "triage_outcome", "value": "self_care_routine"}
        ],
    )
    assert await ActionContinueCheck().run(dispatcher, t, domain) == [
        FollowupAction("routine_form")
    ]
    assert dispatcher.messages == []
