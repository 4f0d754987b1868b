"""Whole conversations over the REST channel, checked against the tracker API.

Starts the action server and the Rasa server on loopback with the trained model.
"""

import pytest

pytestmark = pytest.mark.e2e


def converse(assistant, messages):
    sender = assistant.new_sender()
    replies = []
    for text in messages:
        answer = assistant.say(sender, text)
        assert answer, f"no reply to {text!r}"
        replies.append(answer)
    return sender, replies


@pytest.mark.parametrize(
    "messages, outcome, reasons",
    [
        (
            [
                "hi",
                "there's a knot between my shoulder blades that won't go away",
                "none of those",
                "no, my neck is fine",
                "no numbness or tingling",
                "yes, I've stretched it loads and had a massage",
            ],
            "self_care_routine",
            ["mid_back_knot", "no_red_flags"],
        ),
        (
            [
                "I've got a knot in my upper back",
                "no",
                "hmm, actually I've had crushing chest pain since this morning",
            ],
            "emergency",
            ["red_flag:chest_pain"],
        ),
        (
            [
                "knot between my shoulder blades",
                "I've had a fever and the chills for a few days",
            ],
            "urgent_care",
            ["red_flag:fever_or_chills"],
        ),
        (
            [
                "knot between my shoulder blades and my fingers tingle",
                "no",
                "yes, my neck is sore too",
                "no",
            ],
            "see_professional",
            ["neck_pain", "nerve_symptoms"],
        ),
    ],
)
def test_each_triage_level(assistant, messages, outcome, reasons):
    sender, _ = converse(assistant, messages)
    slots = assistant.slots(sender)
    assert slots["triage_outcome"] == outcome
    assert slots["triage_reasons"] == reasons


def test_self_care_routine_is_coached_for_the_right_variant(assistant):
    sender, replies = converse(
        assistant,
        [
            "knot between my shoulder blades",
            "no",
            "no",
            "no",
            "not yet",
            "it started about 6 weeks ago",
            "yes I have a foam roller",
            "my knees are bad, kneeling hurts",
        ],
    )
    slots = assistant.slots(sender)
    assert slots["triage_outcome"] == "self_care_routine"
    assert slots["routine_variant"] == "standing_at_wall"
    assert slots["knot_since"] is not None and slots["triage_reasons"][-1].startswith("knot_since:")
    coached = " ".join(reply.get("text", "") for reply in replies[-1])
    assert "Stand facing a wall" in coached
    assert "30 repetitions" in coached
    assert "Check in with me on" in coached


def test_volunteered_answers_are_not_asked_again(assistant):
    sender, replies = converse(
        assistant, ["knot between my shoulder blades, and my fingers go numb"]
    )
    slots = assistant.slots(sender)
    assert slots["knot_location"] == "mid_back"
    assert slots["nerve_symptoms"] is True
    assert slots["requested_slot"] == "red_flags"


def test_correction_after_the_outcome_changes_it(assistant):
    sender, replies = converse(
        assistant,
        ["knot between my shoulder blades", "no", "no", "no", "yes", "actually my neck does hurt"],
    )
    slots = assistant.slots(sender)
    assert slots["neck_pain"] is True
    assert slots["triage_outcome"] == "see_professional"
    assert any("changes my advice" in r.get("text", "") for r in replies[-1])


def test_red_flag_after_the_outcome_escalates(assistant):
    sender, replies = converse(
        assistant,
        [
            "knot between my shoulder blades",
            "no",
            "no",
            "no",
            "yes",
            "yes",
            "yes",
            "oh and I'm really short of breath",
        ],
    )
    slots = assistant.slots(sender)
    assert slots["triage_outcome"] == "emergency"
    assert "red_flag:shortness_of_breath" in slots["triage_reasons"]
    assert replies[-1][1]["text"].startswith("🚨 EMERGENCY")


def test_not_sure_gets_a_clearer_question_then_the_cautious_answer(assistant):
    sender, replies = converse(
        assistant, ["knot between my shoulder blades", "no", "not sure", "dunno really"]
    )
    assert "turn your head" in replies[2][0]["text"]
    slots = assistant.slots(sender)
    assert slots["neck_pain"] is True
    assert "neck_pain" in slots["unsure_answers"]


@pytest.mark.parametrize("aside", ["are you a bot?", "thanks"])
def test_asides_get_a_reply_and_the_question_again(assistant, aside):
    sender, replies = converse(assistant, ["knot between my shoulder blades", aside])
    assert len(replies[-1]) >= 2
    assert replies[-1][-1]["text"].startswith("Question 2 of 5")
    assert assistant.slots(sender)["requested_slot"] == "red_flags"


@pytest.mark.parametrize("reply", ["what's the weather like?", "asdfghjkl"])
def test_a_reply_it_cannot_read_gets_the_signs_as_closed_questions(assistant, reply):
    sender, replies = converse(assistant, ["knot between my shoulder blades", reply])
    assert replies[-1][-1]["text"].startswith("Let's take them one group at a time.")
    assert [b["title"] for b in replies[-1][-1]["buttons"]] == ["Yes", "No", "Not sure"]
    slots = assistant.slots(sender)
    assert slots["requested_slot"] == "red_flags"
    assert slots["checking_signs"][0] == "chest_pain"
