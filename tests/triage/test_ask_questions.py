"""Asking a question: progress, quick replies, and the clearer follow-up."""

import pytest

from triage.ask_questions import question_message
from triage.questions import QUESTIONS


@pytest.mark.parametrize(
    "slot, slots, prefix",
    [
        ("knot_location", {}, "Question 1 of 5: Where exactly"),
        ("red_flags", {"knot_location": "mid_back"}, "Question 2 of 5: Do you have any of these"),
        (
            "neck_pain",
            {"knot_location": "mid_back", "red_flags": []},
            "Question 3 of 5: Does your neck",
        ),
        # volunteered answers count as answered
        (
            "red_flags",
            {
                "knot_location": "mid_back",
                "nerve_symptoms": True,
                "tried_stretching_massage": False,
            },
            "Question 4 of 5",
        ),
        # the "unsure" marker is not an answer
        (
            "neck_pain",
            {"knot_location": "mid_back", "red_flags": [], "neck_pain": "unsure"},
            "Question 3 of 5",
        ),
        ("has_foam_roller", {}, "Do you have a foam roller?"),
    ],
)
def test_question_text_and_progress(slot, slots, prefix):
    assert question_message(slot, slots)["text"].startswith(prefix)


def test_follow_up_after_not_sure_is_a_different_clearer_question():
    first = question_message("neck_pain", {})
    again = question_message("neck_pain", {"unsure_about": "neck_pain"})
    assert again["text"] != first["text"]
    assert "turn your head" in again["text"]


@pytest.mark.parametrize(
    "slot, payloads",
    [
        ("neck_pain", ["/affirm", "/deny", "/unsure"]),
        ("red_flags", ["/deny", "/affirm"]),
        (
            "knot_location",
            [
                '/inform{"knot_location": "mid_back"}',
                '/inform{"knot_location": "lower_back"}',
                '/inform{"knot_location": "neck"}',
                '/inform{"knot_location": "shoulder"}',
                '/inform{"knot_location": "other"}',
            ],
        ),
    ],
)
def test_quick_replies(slot, payloads):
    assert [b["payload"] for b in question_message(slot, {})["buttons"]] == payloads


def test_red_flag_screen_lists_every_sign():
    text = question_message("red_flags", {})["text"]
    for sign in (
        "chest pain",
        "shortness of breath",
        "jaw or arm",
        "bladder or bowels",
        "legs",
        "major injury",
        "fever",
        "weight loss",
        "cancer",
        "worse at night",
        "unwell",
        "sweating or nausea",
    ):
        assert sign in text


def test_every_form_slot_but_the_outcome_has_a_question(domain):
    asked = {slot for form in domain["forms"].values() for slot in form["required_slots"]}
    assert asked - set(QUESTIONS) == {"triage_outcome"}
    assert not any(name.startswith("action_ask_") for name in domain["actions"])


def test_a_question_that_would_repeat_the_last_message_comes_in_other_words():
    slots = {"knot_location": "mid_back", "red_flags": []}
    first = question_message("neck_pain", slots)
    again = question_message("neck_pain", slots, last_said=first["text"])
    assert again["text"] == QUESTIONS["neck_pain"].follow_up
    assert question_message("neck_pain", slots, last_said="something else") == first
    # the "Question n of 5" label may have moved on: still the same words
    relabelled = first["text"].replace("Question 3 of 5", "Question 4 of 5")
    assert question_message("neck_pain", slots, last_said=relabelled) == again
