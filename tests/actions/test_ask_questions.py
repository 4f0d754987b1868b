"""Asking a question: progress, quick replies, and the clearer follow-up."""

import pytest

from actions.ask_questions import ASK_ACTIONS, question_message
from sent_messages import texts


@pytest.mark.parametrize(
    "slot, slots, prefix",
    [
        ("knot_location", {}, "Question 1 of 5: Where exactly"),
        ("red_flags", {"knot_location": "mid_back"}, "Question 2 of 5: Do you have any of these"),
        ("neck_pain", {"knot_location": "mid_back", "red_flags": []}, "Question 3 of 5: Does your neck"),
        # volunteered answers count as answered
        ("red_flags", {"knot_location": "mid_back", "nerve_symptoms": True,
                       "tried_stretching_massage": False}, "Question 4 of 5"),
        # the "unsure" marker is not an answer
        ("neck_pain", {"knot_location": "mid_back", "red_flags": [], "neck_pain": "unsure"},
         "Question 3 of 5"),
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
        ("knot_location", ['/inform{"knot_location": "mid_back"}', '/inform{"knot_location": "lower_back"}',
                           '/inform{"knot_location": "neck"}', '/inform{"knot_location": "shoulder"}',
                           '/inform{"knot_location": "other"}']),
    ],
)
def test_quick_replies(slot, payloads):
    assert [b["payload"] for b in question_message(slot, {})["buttons"]] == payloads


def test_red_flag_screen_lists_every_sign():
    text = question_message("red_flags", {})["text"]
    for sign in ("chest pain", "shortness of breath", "jaw or arm", "bladder or bowels",
                 "legs", "major injury", "fever", "weight loss", "cancer", "worse at night",
                 "unwell", "sweating or nausea"):
        assert sign in text


async def test_one_ask_action_per_form_slot(tracker, dispatcher, domain):
    names = {action().name() for action in ASK_ACTIONS}
    expected = {f"action_ask_{slot}" for form in domain["forms"].values()
                for slot in form["required_slots"] if slot != "triage_outcome"}
    assert names == expected
    ask_neck = next(a for a in ASK_ACTIONS if a().name() == "action_ask_neck_pain")()
    assert await ask_neck.run(dispatcher, tracker({"knot_location": "mid_back"}), domain) == []
    assert texts(dispatcher) == ["Question 2 of 5: Does your neck hurt, or is it stiff or sore?"]
