"""Asides while a form asks: why, greetings, thanks, and anything else."""

import pytest
from sent_messages import responses, said

from actions.action_respond_during_questions import ActionRespondDuringQuestions


@pytest.mark.parametrize(
    "intent, requested, response, expected",
    [
        ("ask_why", "neck_pain", "utter_why_neck_pain", "A sore mid-back can come from the neck"),
        (
            "ask_why",
            "knot_location",
            "utter_why_knot_location",
            "only suits a knot in the middle of the back",
        ),
        ("greet", "neck_pain", "utter_greet_during_questions", "Let's carry on"),
        ("nlu_fallback", "neck_pain", "utter_not_understood_in_check", "I didn't catch that"),
        ("affirm", "knot_location", "utter_not_understood_in_check", "I didn't catch that"),
        # no question out: nothing to explain
        ("ask_why", None, "utter_not_understood_in_check", "I didn't catch that"),
    ],
)
async def test_asides_while_asking(
    tracker, dispatcher, domain, intent, requested, response, expected
):
    t = tracker({"requested_slot": requested}, text="?", intent=intent, active_loop="triage_form")
    assert await ActionRespondDuringQuestions().run(dispatcher, t, domain) == []
    assert responses(dispatcher) == [response]
    assert expected in said(domain, dispatcher)[0]


async def test_why_do_you_ask_starts_with_good_question(tracker, dispatcher, domain):
    t = tracker({"requested_slot": "can_kneel"}, intent="ask_why", active_loop="routine_form")
    await ActionRespondDuringQuestions().run(dispatcher, t, domain)
    assert said(domain, dispatcher) == [
        "Good question. The routine is done kneeling; if that hurts, "
        "I'll give you a standing version."
    ]


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
    assert await ActionRespondDuringQuestions().run(dispatcher, t, domain) == []
    assert responses(dispatcher) == [response]
    assert response in domain["responses"]
