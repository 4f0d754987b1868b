"""The answer chooser: rules a (sign check), b (red-flag button), c (asked slot), d (idle)."""

import pytest

from evaluation.answering import (
    IDLE_PROMPT,
    NO_WORDS,
    YES_WORDS,
    Reply,
    choose_reply,
    counted,
    is_asking,
    variant,
)

FACTS = {
    "knot_location": "mid_back",
    "red_flags": ["fever_or_chills"],
    "neck_pain": True,
    "nerve_symptoms": False,
    "tried_stretching_massage": True,
    "has_foam_roller": False,
    "can_kneel": True,
    "knot_since": "since last winter",
}
NO_FLAGS = {**FACTS, "red_flags": []}
FLAG_BUTTONS = {
    "text": "Which of these?",
    "buttons": [
        {"title": "Chest pain", "payload": '/inform{"red_flag": "chest_pain"}'},
        {"title": "Fever", "payload": '/inform{"red_flag": "fever_or_chills"}'},
    ],
}


def tracker(requested=None, checking=None, outcome=None, loop=None):
    return {
        "slots": {
            "requested_slot": requested,
            "checking_signs": checking,
            "triage_outcome": outcome,
        },
        "active_loop": {"name": loop} if loop else {},
    }


def choose(
    tracker_,
    facts=FACTS,
    answers=None,
    last=None,
    answered=None,
    idle=IDLE_PROMPT,
    case_id="case-01",
):
    return choose_reply(case_id, facts, answers or {}, tracker_, last, answered or {}, idle)


@pytest.mark.parametrize(
    "signs, facts, words",
    [
        (["fever_or_chills"], FACTS, YES_WORDS),
        (["chest_pain", "fever_or_chills"], FACTS, YES_WORDS),
        (["chest_pain"], FACTS, NO_WORDS),
        (["fever_or_chills"], NO_FLAGS, NO_WORDS),
    ],
)
def test_rule_b_answers_a_sign_check_from_the_facts(signs, facts, words):
    reply = choose(tracker(requested="red_flags", checking=signs), facts=facts, last=FLAG_BUTTONS)
    assert reply.rule == "b"
    assert reply.text == variant("case-01", words)
    assert reply.slot is None


def test_rule_b_wording_varies_by_case_but_is_stable():
    texts = {choose(tracker(checking=["chest_pain"]), case_id=f"case-{n}").text for n in range(30)}
    assert texts == set(NO_WORDS)
    assert (
        choose(tracker(checking=["chest_pain"]), case_id="x").text
        == choose(tracker(checking=["chest_pain"]), case_id="x").text
    )


def test_rule_a_a_scripted_answer_comes_before_the_facts_while_unused():
    answers = {"red_flags": ["not sure", "still not sure"]}
    asked = tracker(requested="red_flags", checking=["chest_pain"])
    first = choose(asked, answers=answers)
    assert first == Reply("not sure", "a", "red_flags")
    second = choose(asked, answers=answers, answered={"red_flags": 1})
    assert second == Reply("still not sure", "a", "red_flags")
    # once the script is used up, the facts answer the sign check
    assert choose(asked, answers=answers, answered={"red_flags": 2}).rule == "b"


def test_rule_c_presses_the_button_of_the_persons_red_flag():
    reply = choose(tracker(requested="red_flags"), last=FLAG_BUTTONS)
    assert reply == Reply('/inform{"red_flag": "fever_or_chills"}', "c")


def test_rule_c_does_not_press_a_button_for_a_flag_the_person_lacks():
    reply = choose(tracker(requested="red_flags"), facts=NO_FLAGS, last=FLAG_BUTTONS)
    assert reply == Reply("none of those", "d", "red_flags")


@pytest.mark.parametrize(
    "slot, facts, text",
    [
        ("neck_pain", FACTS, "yes"),
        ("nerve_symptoms", FACTS, "no"),
        ("tried_stretching_massage", FACTS, "yes"),
        ("has_foam_roller", FACTS, "no"),
        ("can_kneel", FACTS, "yes"),
        ("knot_location", FACTS, "between my shoulder blades"),
        ("knot_location", {**FACTS, "knot_location": "lower_back"}, "my lower back"),
        ("knot_location", {**FACTS, "knot_location": "neck"}, "in my neck"),
        ("knot_location", {**FACTS, "knot_location": "shoulder"}, "on top of my shoulder"),
        ("knot_location", {**FACTS, "knot_location": "other"}, "in my hip"),
        ("red_flags", NO_FLAGS, "none of those"),
        ("red_flags", FACTS, "I have a fever and the chills"),
        ("knot_since", FACTS, "since last winter"),
        ("routine_started_on", FACTS, "3 weeks ago"),
        ("routine_progress", FACTS, "about the same"),
    ],
)
def test_rule_d_answers_the_asked_slot_from_the_facts(slot, facts, text):
    reply = choose(
        tracker(requested=slot, loop="triage_form"),
        facts=facts,
        last={"text": "?", "buttons": [{"title": "Yes", "payload": "/affirm"}]},
    )
    assert reply == Reply(text, "d", slot)


def test_rules_a_and_d_use_the_kth_scripted_answer_and_repeats_the_last():
    answers = {"neck_pain": ["hmm, not sure", "a little stiff", "yes"]}
    asked = tracker(requested="neck_pain")
    said = []
    answered = {}
    for _ in range(5):
        reply = choose(asked, answers=answers, answered=answered)
        counted(answered, reply)
        said.append(reply.text)
    assert said == ["hmm, not sure", "a little stiff", "yes", "yes", "yes"]
    assert answered == {"neck_pain": 5}


def test_rule_a_scripted_answers_only_for_their_slot():
    reply = choose(tracker(requested="nerve_symptoms"), answers={"neck_pain": ["sort of"]})
    assert reply == Reply("no", "d", "nerve_symptoms")


def test_rule_e_prompts_when_nothing_is_asked():
    assert choose(tracker(), last={"text": "Tell me more."}) == Reply(IDLE_PROMPT, "e")


def test_after_the_outcome_nothing_asked_means_no_reply():
    assert choose(tracker(outcome="self_care_routine"), idle=None) is None


def test_counting_ignores_replies_that_answer_no_slot():
    answered = {}
    counted(answered, Reply("yes", "b"))
    counted(answered, Reply(IDLE_PROMPT, "e"))
    counted(answered, Reply("no", "d", "neck_pain"))
    assert answered == {"neck_pain": 1}


@pytest.mark.parametrize(
    "tracker_, asking",
    [
        (tracker(), False),
        (tracker(outcome="emergency"), False),
        (tracker(loop="routine_form"), True),
        (tracker(requested="knot_since"), True),
        (tracker(checking=["chest_pain"]), True),
        ({"slots": {}, "active_loop": None}, False),
    ],
)
def test_is_asking(tracker_, asking):
    assert is_asking(tracker_) is asking
