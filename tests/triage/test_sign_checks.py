"""Closed questions about warning signs: queued, asked, answered; two tries, then caution."""

import pytest
from rasa_sdk.events import SlotSet
from sent_messages import texts

from actions.validate_routine_form import ValidateRoutineForm
from actions.validate_triage_form import ValidateTriageForm
from triage.sign_checks import (
    SCREEN_GROUPS,
    check_message,
    could_raise,
    next_check,
    queue,
    read_check_answer,
)

CARDIAC, NERVES, URGENT = (group for group, _, _ in SCREEN_GROUPS)


@pytest.mark.parametrize(
    "signs, slots, expected",
    [
        (["chest_pain"], {}, {"signs_to_check": ["chest_pain"]}),
        (["chest_pain", "chest_pain"], {}, {"signs_to_check": ["chest_pain"]}),
        (
            ["fever_or_chills"],
            {"signs_to_check": ["chest_pain"]},
            {"signs_to_check": ["chest_pain", "fever_or_chills"]},
        ),
        # already reported, already ruled out, already being asked: nothing to queue
        (["chest_pain"], {"red_flags": ["chest_pain"]}, {}),
        (["chest_pain"], {"signs_checked": ["chest_pain"]}, {}),
        (["chest_pain"], {"checking_signs": ["chest_pain"]}, {}),
        # a sign no more urgent than one already reported cannot change the advice
        (["fever_or_chills"], {"red_flags": ["chest_pain"]}, {}),
        (["weight_loss"], {"red_flags": ["fever_or_chills"]}, {}),
        (["chest_pain"], {"red_flags": ["fever_or_chills"]}, {"signs_to_check": ["chest_pain"]}),
        (["not_a_sign"], {}, {}),
    ],
)
def test_queue(signs, slots, expected):
    assert queue(signs, slots) == expected


@pytest.mark.parametrize(
    "answer, slots, expected",
    [
        # one sign: yes counts it, no rules it out
        (
            True,
            {"checking_signs": ["chest_pain"]},
            {"red_flags": ["chest_pain"], "checking_signs": None, "unsure_about": None},
        ),
        (
            True,
            {"checking_signs": ["fever_or_chills"], "red_flags": []},
            {"red_flags": ["fever_or_chills"], "checking_signs": None, "unsure_about": None},
        ),
        (
            False,
            {"checking_signs": ["chest_pain"]},
            {"checking_signs": None, "signs_checked": ["chest_pain"], "unsure_about": None},
        ),
        # unclear: asked once more, then counted (the cautious answer)
        ("unsure", {"checking_signs": ["chest_pain"]}, {"unsure_about": "checking_signs"}),
        (None, {"checking_signs": ["chest_pain"]}, {"unsure_about": "checking_signs"}),
        (
            None,
            {"checking_signs": ["chest_pain"], "unsure_about": "checking_signs"},
            {
                "red_flags": ["chest_pain"],
                "checking_signs": None,
                "unsure_about": None,
                "unsure_answers": ["chest_pain"],
            },
        ),
        # the screen one group at a time
        (
            False,
            {"checking_signs": list(CARDIAC)},
            {"checking_signs": list(NERVES), "signs_checked": list(CARDIAC)},
        ),
        (
            False,
            {"checking_signs": list(URGENT), "signs_checked": list(CARDIAC + NERVES)},
            {
                "red_flags": [],
                "checking_signs": None,
                "signs_checked": list(CARDIAC + NERVES + URGENT),
                "unsure_about": None,
            },
        ),
        (
            True,
            {"checking_signs": list(NERVES)},
            {"red_flags": ["unspecified"], "checking_signs": None, "unsure_about": None},
        ),
        (
            True,
            {"checking_signs": list(URGENT)},
            {"red_flags": ["unspecified_urgent"], "checking_signs": None, "unsure_about": None},
        ),
        # the screen was the first try: an unclear group answer is the unanswered screen
        (
            "unsure",
            {"checking_signs": list(CARDIAC), "unsure_about": "red_flags"},
            {
                "red_flags": [],
                "checking_signs": None,
                "unsure_about": None,
                "unsure_answers": ["red_flags"],
            },
        ),
    ],
)
def test_read_check_answer(answer, slots, expected):
    assert read_check_answer(answer, slots) == expected


@pytest.mark.parametrize(
    "slots, expected",
    [
        ({}, {}),
        (
            {"signs_to_check": ["chest_pain", "weight_loss"]},
            {"checking_signs": ["chest_pain"], "signs_to_check": ["weight_loss"]},
        ),
        ({"signs_to_check": ["weight_loss"], "checking_signs": ["chest_pain"]}, {}),
        # no longer worth asking once a more urgent sign is known
        ({"signs_to_check": ["weight_loss"], "red_flags": ["chest_pain"]}, {"signs_to_check": []}),
    ],
)
def test_next_check(slots, expected):
    assert next_check(slots) == expected


@pytest.mark.parametrize(
    "slots, text",
    [
        (
            {"checking_signs": ["chest_pain"]},
            "You mentioned your chest. Right now, do you have any chest pain, pressure or "
            "tightness?",
        ),
        (
            {"checking_signs": ["bladder_bowel_control"], "unsure_about": "checking_signs"},
            "To be safe I need a yes or a no on this one: do you have any trouble controlling or "
            "feeling your bladder or bowels, or numbness between your legs? If you can't tell, "
            'tap "Not sure".',
        ),
        (
            {"checking_signs": list(CARDIAC)},
            "Let's take them one group at a time. Right now, do "
            "you have any chest pain or pressure, shortness of breath, or pain spreading into your "
            "jaw or arm with sweating or feeling sick?",
        ),
    ],
)
def test_check_message(slots, text):
    message = check_message(slots)
    assert message["text"] == text
    assert [button["title"] for button in message["buttons"]] == ["Yes", "No", "Not sure"]


def test_no_message_without_a_check():
    assert check_message({"signs_to_check": ["chest_pain"]}) is None


@pytest.mark.parametrize(
    "slots, expected",
    [
        ({}, False),
        ({"checking_signs": ["chest_pain"], "red_flags": ["fever_or_chills"]}, True),
        ({"signs_to_check": ["weight_loss"], "red_flags": ["fever_or_chills"]}, False),
        ({"checking_signs": list(URGENT)}, True),
    ],
)
def test_could_raise(slots, expected):
    assert could_raise(slots) is expected


ALL_ANSWERED = {
    "knot_location": "mid_back",
    "red_flags": [],
    "neck_pain": False,
    "nerve_symptoms": False,
    "tried_stretching_massage": True,
}


async def test_triage_form_asks_a_queued_check_before_ending(tracker, dispatcher, domain):
    slots = {**ALL_ANSWERED, "signs_to_check": ["chest_pain"]}
    events = await ValidateTriageForm().run(dispatcher, tracker(slots), domain)
    assert events == [
        SlotSet("checking_signs", ["chest_pain"]),
        SlotSet("signs_to_check", []),
        SlotSet("requested_slot", "red_flags"),
    ]
    assert texts(dispatcher) == [
        "You mentioned your chest. Right now, do you have any chest pain, pressure or tightness?"
    ]


async def test_an_urgent_sign_does_not_end_the_questions_while_an_emergency_check_is_due(
    tracker, dispatcher, domain
):
    slots = {
        "knot_location": "mid_back",
        "red_flags": ["fever_or_chills"],
        "signs_to_check": ["chest_pain"],
    }
    events = await ValidateTriageForm().run(dispatcher, tracker(slots), domain)
    assert events[-1] == SlotSet("requested_slot", "red_flags")
    assert texts(dispatcher)[0].startswith("You mentioned your chest.")


async def test_routine_form_keeps_its_question_while_a_check_is_out(tracker, dispatcher, domain):
    slots = {"triage_outcome": "self_care_routine", "checking_signs": ["weight_loss"]}
    result = await ValidateRoutineForm().next_requested_slot(dispatcher, tracker(slots), domain)
    assert result == SlotSet("requested_slot", "knot_since")
    assert texts(dispatcher) == [
        "You mentioned your weight. Right now, have you lost weight recently without trying?"
    ]
