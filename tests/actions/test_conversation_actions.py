"""Opening the check, replies after the outcome, asides, start over and the fallback."""

import pytest
from rasa_sdk.events import ActiveLoop, AllSlotsReset, FollowupAction, SlotSet
from sent_messages import texts

from actions.action_continue_check import ActionContinueCheck
from actions.action_keep_on_track import ActionKeepOnTrack
from actions.action_respond_during_questions import ActionRespondDuringQuestions
from actions.action_start_over import ActionStartOver


async def test_first_message_gets_the_intro_once(tracker, dispatcher, domain):
    events = await ActionContinueCheck().run(dispatcher, tracker(text="hi", intent="greet"), domain)
    assert events == [SlotSet("intro_given", True)]
    assert "not a diagnosis" in texts(dispatcher)[0]
    again = await ActionContinueCheck().run(dispatcher, tracker({"intro_given": True}), domain)
    assert again == [] and len(dispatcher.messages) == 1


@pytest.mark.parametrize(
    "intent, phrase",
    [
        ("inform", "doesn't change my advice"),
        ("affirm", "doesn't change my advice"),
        ("greet", "My advice from our check stands"),
    ],
)
async def test_after_the_outcome_restates_the_advice(tracker, dispatcher, domain, intent, phrase):
    slots = {"triage_outcome": "urgent_care", "intro_given": True}
    await ActionContinueCheck().run(dispatcher, tracker(slots, text="hello", intent=intent), domain)
    assert phrase in texts(dispatcher)[0]
    assert "URGENT" in texts(dispatcher)[0]


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


@pytest.mark.parametrize(
    "intent, requested, expected",
    [
        ("ask_why", "neck_pain", "A sore mid-back can come from the neck"),
        ("ask_why", "knot_location", "only suits a knot in the middle of the back"),
        ("greet", "neck_pain", "Let's carry on"),
        ("nlu_fallback", "neck_pain", "Sorry, I didn't catch that"),
        ("affirm", "knot_location", "Sorry, I didn't catch that"),
    ],
)
async def test_asides_while_asking(tracker, dispatcher, domain, intent, requested, expected):
    t = tracker({"requested_slot": requested}, text="?", intent=intent, active_loop="triage_form")
    assert await ActionRespondDuringQuestions().run(dispatcher, t, domain) == []
    assert expected in texts(dispatcher)[0]


@pytest.mark.parametrize(
    "intent, response",
    [
        ("thank", "utter_you_are_welcome"),
        ("bot_challenge", "utter_i_am_a_bot"),
        ("out_of_scope", "utter_out_of_scope"),
    ],
)
async def test_asides_use_domain_responses(tracker, dispatcher, domain, intent, response):
    t = tracker({"requested_slot": "neck_pain"}, intent=intent, active_loop="triage_form")
    await ActionRespondDuringQuestions().run(dispatcher, t, domain)
    assert dispatcher.messages[0]["response"] == response
    assert response in domain["responses"]


async def test_start_over_forgets_the_answers(tracker, dispatcher, domain):
    events = await ActionStartOver().run(dispatcher, tracker({"neck_pain": True}), domain)
    assert events == [ActiveLoop(None), AllSlotsReset(), SlotSet("intro_given", True)]
    assert "start again" in texts(dispatcher)[0]


@pytest.mark.parametrize(
    "slots, loop, expected_text, expected_events",
    [
        # before any outcome, a message it cannot place starts the check
        ({}, None, "I'm a self-care guide", [SlotSet("intro_given", True)]),
        ({"intro_given": True}, None, "one at a time", []),
        ({"triage_outcome": "self_care_routine"}, None, "start over", []),
        (
            {"requested_slot": "neck_pain"},
            "triage_form",
            "didn't catch that",
            [FollowupAction("triage_form")],
        ),
    ],
)
async def test_fallback_always_offers_a_way_on(
    tracker, dispatcher, domain, slots, loop, expected_text, expected_events
):
    events = await ActionKeepOnTrack().run(dispatcher, tracker(slots, active_loop=loop), domain)
    assert events == expected_events
    assert expected_text in texts(dispatcher)[0]


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
    assert texts(dispatcher) == []


async def test_news_after_the_outcome_without_the_routine_is_noted(tracker, dispatcher, domain):
    slots = {"triage_outcome": "see_professional", "routine_given": False}
    t = tracker(slots, text="it eased off over a few weeks", intent="report_progress")
    assert await ActionContinueCheck().run(dispatcher, t, domain) == []
    assert texts(dispatcher)[0].startswith("Thanks, I've noted that. It doesn't change my advice")


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
    assert texts(dispatcher)[0].startswith("Welcome back!")
