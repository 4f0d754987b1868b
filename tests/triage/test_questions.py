"""Every question has its three domain responses, and every form slot a question."""

from triage.questions import ASKED, SCREENED_SIGNS, ask, ask_again, why


def test_every_form_slot_but_the_outcome_has_a_question(domain):
    asked = {slot for form in domain["forms"].values() for slot in form["required_slots"]}
    assert asked - set(ASKED) == {"triage_outcome"}
    # an action with options (`{name: {send_domain: true}}`) is named by its one key
    actions = [next(iter(a)) if isinstance(a, dict) else a for a in domain["actions"]]
    assert "validate_routine_form" in actions
    assert not any(name.startswith("action_ask_") for name in actions)
    # the validators ask: an utter_ask_<slot> would be sent by Rasa's form a second time
    assert not any(name.startswith("utter_ask_") for name in domain["responses"])


def test_every_question_has_its_three_responses_in_the_domain(domain):
    for slot in ASKED:
        for name in (f"utter_question_{slot}", f"utter_question_again_{slot}", f"utter_why_{slot}"):
            assert domain["responses"][name][0]["text"], name


def test_the_response_names():
    assert (ask("neck_pain"), ask_again("neck_pain"), why("neck_pain")) == (
        "utter_question_neck_pain",
        "utter_question_again_neck_pain",
        "utter_why_neck_pain",
    )


def test_the_screen_lists_each_sign_on_its_own_line():
    lines = SCREENED_SIGNS.split("\n")
    assert len(lines) >= 10 and all(line.startswith("- ") for line in lines)
