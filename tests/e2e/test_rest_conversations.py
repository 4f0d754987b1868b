"""Whole conversations over the REST channel, checked against the tracker API.

Starts the action server and the Rasa server on loopback with the trained model.
"""

import re

import pytest

pytestmark = pytest.mark.e2e
TOKEN = re.compile(r"[A-Za-z0-9_=-]{60,}")


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


def texts_of(reply):
    """The texts of a reply, with the conversation's own link tokens masked."""
    return [TOKEN.sub("<token>", message.get("text") or "") for message in reply]


def test_a_correction_down_to_self_care_gets_the_same_planning_and_coaching(assistant):
    """See a professional for neck pain, the summary, then "my neck doesn't hurt":
    the same outcome, planning questions, dated plan and step coaching as for
    someone who said so in the first place."""
    onset, roller, knees, step = "about 3 weeks ago", "yes I have a foam roller", "yes", "next"
    _, normal = converse(
        assistant,
        ["knot between my shoulder blades", "no", "no", "no", "yes", onset, roller, knees, step],
    )
    sender, corrected = converse(
        assistant,
        [
            "knot between my shoulder blades",
            "no",
            "yes, my neck hurts",
            "no",
            "yes",
            onset,
            "sorry, my neck doesn't actually hurt",
            roller,
            knees,
            step,
        ],
    )
    assert texts_of(corrected[4])[0].startswith("🩺 SEE A PROFESSIONAL")
    assert texts_of(corrected[5])[0].startswith("Summary to show them:")
    revised = texts_of(corrected[6])
    assert revised[0] == "Thanks for telling me: that changes my advice."
    # the outcome as at the end of the questions, then the first planning question
    # still to ask (the onset is known from the summary question)
    assert revised[1:-1] == texts_of(normal[4])[:-1]
    assert revised[-1] == texts_of(normal[5])[-1] == "Do you have a foam roller?"
    assert texts_of(corrected[7]) == texts_of(normal[6])
    assert texts_of(corrected[8]) == texts_of(normal[7])
    assert any(text.startswith("Your plan: 30 repetitions") for text in texts_of(corrected[8]))
    assert texts_of(corrected[8])[-1].startswith(
        "Let's go through it one step at a time. Step 1 of 7: Kneel on the floor."
    )
    assert texts_of(corrected[9]) == texts_of(normal[8])
    assert texts_of(corrected[9])[-1].startswith("Step 2 of 7")
    slots = assistant.slots(sender)
    assert slots["triage_outcome"] == "self_care_routine"
    assert slots["routine_variant"] == "kneeling_with_roller"
    assert slots["routine_given"] is True and slots["coach_step"] == 2


def test_a_correction_to_self_care_while_the_onset_question_is_out(assistant):
    """The correction comes while the summary question is out: the planning
    questions take over, from the onset question, as for anyone else."""
    normal_path = ["knot between my shoulder blades", "no", "no", "no", "yes"]
    rest = ["about 3 weeks ago", "yes I have a foam roller", "yes", "next"]
    _, normal = converse(assistant, normal_path + rest)
    sender, corrected = converse(
        assistant,
        ["knot between my shoulder blades", "no", "yes, my neck hurts", "no", "yes"]
        + ["sorry, my neck doesn't actually hurt"]
        + rest,
    )
    assert texts_of(corrected[4])[-1] == texts_of(normal[4])[-1]  # the onset question
    assert texts_of(corrected[5]) == ["Thanks for telling me: that changes my advice."] + texts_of(
        normal[4]
    )
    for turn in range(5, 9):
        assert texts_of(corrected[turn + 1]) == texts_of(normal[turn])
    slots = assistant.slots(sender)
    assert slots["triage_outcome"] == "self_care_routine"
    assert slots["knot_since"] is not None and slots["coach_step"] == 2


def test_an_escalating_correction_during_the_planning_questions_escalates_at_once(assistant):
    sender, replies = converse(
        assistant,
        ["knot between my shoulder blades", "no", "no", "no", "yes", "I've got chest pain now"],
    )
    assert texts_of(replies[-1])[0] == "Thanks for telling me: that changes my advice."
    assert texts_of(replies[-1])[1].startswith("🚨 EMERGENCY")
    slots = assistant.slots(sender)
    assert slots["triage_outcome"] == "emergency"
    assert slots["requested_slot"] is None
