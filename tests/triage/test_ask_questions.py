"""Asking a question: which response, its progress number, quick replies, and the
clearer follow-up."""

import pytest
from sent_messages import rendered

from triage.ask_questions import question_message


@pytest.mark.parametrize(
    "slot, slots, message",
    [
        ("knot_location", {}, {"response": "utter_question_knot_location", "question_number": 1}),
        (
            "neck_pain",
            {"knot_location": "mid_back", "red_flags": []},
            {"response": "utter_question_neck_pain", "question_number": 3},
        ),
        # volunteered answers count as answered
        (
            "neck_pain",
            {
                "knot_location": "mid_back",
                "nerve_symptoms": True,
                "tried_stretching_massage": False,
            },
            {"response": "utter_question_neck_pain", "question_number": 4},
        ),
        # the "unsure" marker is not an answer
        (
            "neck_pain",
            {"knot_location": "mid_back", "red_flags": [], "neck_pain": "unsure"},
            {"response": "utter_question_neck_pain", "question_number": 3},
        ),
        ("has_foam_roller", {}, {"response": "utter_question_has_foam_roller"}),
        (
            "neck_pain",
            {"unsure_about": "neck_pain"},
            {"response": "utter_question_again_neck_pain"},
        ),
    ],
)
def test_question_response_and_progress(slot, slots, message):
    assert question_message(slot, slots) == message


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
        ("has_foam_roller", {}, "Do you have a foam roller?"),
    ],
)
def test_question_text_and_progress(domain, slot, slots, prefix):
    assert rendered(domain, question_message(slot, slots))["text"].startswith(prefix)


def test_follow_up_after_not_sure_is_a_different_clearer_question(domain):
    first = rendered(domain, question_message("neck_pain", {}))
    again = rendered(domain, question_message("neck_pain", {"unsure_about": "neck_pain"}))
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
def test_quick_replies(domain, slot, payloads):
    for asked in (question_message(slot, {}), question_message(slot, {"unsure_about": slot})):
        assert [b["payload"] for b in rendered(domain, asked)["buttons"]] == payloads


def test_red_flag_screen_lists_every_sign(domain):
    text = rendered(domain, question_message("red_flags", {}))["text"]
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


def test_a_question_that_would_repeat_the_last_message_comes_in_other_words():
    slots = {"knot_location": "mid_back", "red_flags": []}
    first = question_message("neck_pain", slots)
    again = question_message("neck_pain", slots, last_response="utter_question_neck_pain")
    assert again == {"response": "utter_question_again_neck_pain"}
    assert question_message("neck_pain", slots, last_response="utter_intro") == first
    # after the other words, the first words again
    again_said = "utter_question_again_neck_pain"
    assert question_message("neck_pain", slots, last_response=again_said) == first


@pytest.mark.parametrize(
    "slots, message",
    [
        (
            {
                "unsure_about": "knot_since",
                "date_problem": "ambiguous",
                "date_options": ["2026-03-04", "2026-04-03"],
            },
            {
                "response": "utter_question_which_date",
                "first": "Wednesday 4 March",
                "second": "Friday 3 April",
                "buttons": [
                    {
                        "title": "Wednesday 4 March",
                        "payload": '/inform{"knot_since": "2026-03-04"}',
                    },
                    {"title": "Friday 3 April", "payload": '/inform{"knot_since": "2026-04-03"}'},
                ],
            },
        ),
        (
            {"unsure_about": "knot_since", "date_problem": "future"},
            {"response": "utter_question_date_in_past"},
        ),
        (
            {"unsure_about": "knot_since", "date_problem": "unreadable"},
            {"response": "utter_question_again_knot_since"},
        ),
    ],
)
def test_a_date_that_could_not_be_used_is_asked_for_again_to_fit(slots, message):
    assert question_message("knot_since", slots) == message
