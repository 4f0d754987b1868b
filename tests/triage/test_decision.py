"""The decision table: one row per rule of the spec, plus precedence."""

from datetime import date

import pytest

from triage.decision import Answers, Decision, answers_from_slots, decide

CLEAR = dict(
    knot_location="mid_back",
    red_flags=[],
    neck_pain=False,
    nerve_symptoms=False,
    tried_stretching_massage=True,
)


def answers(**changes):
    return Answers(**{**CLEAR, **changes})


@pytest.mark.parametrize(
    "changes, level, reasons",
    [
        # self-care: mid-back, no neck pain, no nerve symptoms, no red flags
        ({}, "self_care_routine", ("mid_back_knot", "no_red_flags")),
        (
            {"tried_stretching_massage": False},
            "self_care_routine",
            ("mid_back_knot", "no_red_flags"),
        ),
        (
            {"tried_stretching_massage": None},
            "self_care_routine",
            ("mid_back_knot", "no_red_flags"),
        ),
        # emergency red flags
        ({"red_flags": ["chest_pain"]}, "emergency", ("red_flag:chest_pain",)),
        ({"red_flags": ["shortness_of_breath"]}, "emergency", ("red_flag:shortness_of_breath",)),
        ({"red_flags": ["pain_to_jaw_or_arm"]}, "emergency", ("red_flag:pain_to_jaw_or_arm",)),
        ({"red_flags": ["sweating_or_nausea"]}, "emergency", ("red_flag:sweating_or_nausea",)),
        (
            {"red_flags": ["bladder_bowel_control"]},
            "emergency",
            ("red_flag:bladder_bowel_control",),
        ),
        (
            {"red_flags": ["leg_weakness_or_numbness"]},
            "emergency",
            ("red_flag:leg_weakness_or_numbness",),
        ),
        ({"red_flags": ["major_injury"]}, "emergency", ("red_flag:major_injury",)),
        ({"red_flags": ["unspecified"]}, "emergency", ("red_flag:unspecified",)),
        # urgent-care red flags
        ({"red_flags": ["fever_or_chills"]}, "urgent_care", ("red_flag:fever_or_chills",)),
        ({"red_flags": ["weight_loss"]}, "urgent_care", ("red_flag:weight_loss",)),
        ({"red_flags": ["cancer_history"]}, "urgent_care", ("red_flag:cancer_history",)),
        ({"red_flags": ["night_or_rest_pain"]}, "urgent_care", ("red_flag:night_or_rest_pain",)),
        ({"red_flags": ["feeling_unwell"]}, "urgent_care", ("red_flag:feeling_unwell",)),
        # see a professional
        ({"neck_pain": True}, "see_professional", ("neck_pain",)),
        ({"nerve_symptoms": True}, "see_professional", ("nerve_symptoms",)),
        ({"knot_location": "lower_back"}, "see_professional", ("knot_not_mid_back",)),
        ({"knot_location": "neck"}, "see_professional", ("knot_not_mid_back",)),
        ({"knot_location": "shoulder"}, "see_professional", ("knot_not_mid_back",)),
        ({"knot_location": "other"}, "see_professional", ("knot_not_mid_back",)),
        ({"feels_not_right": True}, "see_professional", ("feels_not_right",)),
        (
            {"neck_pain": True, "nerve_symptoms": True},
            "see_professional",
            ("neck_pain", "nerve_symptoms"),
        ),
        # not sure: the cautious answer, and the reason says so
        (
            {"neck_pain": True, "unsure": frozenset({"neck_pain"})},
            "see_professional",
            ("neck_pain", "unsure:neck_pain"),
        ),
        (
            {"red_flags": [], "unsure": frozenset({"red_flags"})},
            "urgent_care",
            ("unsure:red_flags",),
        ),
        # unanswered questions never lead to the home routine
        ({"neck_pain": None}, "see_professional", ("unanswered:neck_pain",)),
        ({"red_flags": None}, "see_professional", ("unanswered:red_flags",)),
        ({"knot_location": None}, "see_professional", ("unanswered:knot_location",)),
    ],
)
def test_decision_table(changes, level, reasons):
    decision = decide(answers(**changes))
    assert (decision.level, decision.reasons) == (level, reasons)


@pytest.mark.parametrize(
    "changes, level, first_reason",
    [
        # the most urgent level wins, whatever else is true
        ({"red_flags": ["fever_or_chills", "chest_pain"]}, "emergency", "red_flag:chest_pain"),
        ({"red_flags": ["weight_loss"], "neck_pain": True}, "urgent_care", "red_flag:weight_loss"),
        (
            {"red_flags": ["major_injury"], "knot_location": "lower_back"},
            "emergency",
            "red_flag:major_injury",
        ),
        (
            {"nerve_symptoms": True, "red_flags": ["cancer_history"]},
            "urgent_care",
            "red_flag:cancer_history",
        ),
        (
            {"knot_location": "neck", "red_flags": ["feeling_unwell", "sweating_or_nausea"]},
            "emergency",
            "red_flag:sweating_or_nausea",
        ),
        # a red flag escalates before the other questions are answered
        (
            {"neck_pain": None, "nerve_symptoms": None, "red_flags": ["chest_pain"]},
            "emergency",
            "red_flag:chest_pain",
        ),
    ],
)
def test_most_urgent_level_wins(changes, level, first_reason):
    decision = decide(answers(**changes))
    assert decision.level == level
    assert decision.reasons[0] == first_reason


def test_escalation_does_not_wait_for_unanswered_questions():
    decision = decide(Answers(red_flags=["chest_pain"]))
    assert decision.reasons == ("red_flag:chest_pain",)


def test_repeated_red_flag_is_one_reason():
    decision = decide(answers(red_flags=["fever_or_chills", "fever_or_chills"]))
    assert decision.reasons == ("red_flag:fever_or_chills",)


@pytest.mark.parametrize(
    "slots, expected",
    [
        ({}, Answers()),
        (
            {"knot_location": "unsure", "neck_pain": "unsure", "red_flags": "unsure"},
            Answers(),
        ),
        (
            {
                "knot_location": "mid_back",
                "red_flags": ["chest_pain"],
                "neck_pain": False,
                "feels_not_right": True,
                "unsure_answers": ["nerve_symptoms"],
            },
            Answers(
                knot_location="mid_back",
                red_flags=["chest_pain"],
                neck_pain=False,
                feels_not_right=True,
                unsure=frozenset({"nerve_symptoms"}),
            ),
        ),
    ],
)
def test_answers_from_slots_ignores_markers_and_wrong_types(slots, expected):
    assert answers_from_slots(slots) == expected


@pytest.mark.parametrize(
    "days, progress, level, reasons",
    [
        # worse at any time
        (3, "worse", "see_professional", ("no_improvement_after_routine",)),
        (40, "worse", "see_professional", ("no_improvement_after_routine",)),
        # no better after 4 weeks (28 days)
        (14, "same", "self_care_routine", ("routine_in_progress",)),
        (27, "same", "self_care_routine", ("routine_in_progress",)),
        (28, "same", "see_professional", ("no_improvement_after_routine",)),
        (42, "same", "see_professional", ("no_improvement_after_routine",)),
        # better: keep going
        (14, "better", "self_care_routine", ("routine_helping",)),
        (42, "better", "self_care_routine", ("routine_helping",)),
    ],
)
def test_follow_up_table(days, progress, level, reasons):
    decision = decide(Answers(routine_days=days, routine_progress=progress))
    assert (decision.level, decision.reasons) == (level, reasons)


@pytest.mark.parametrize(
    "flags, level",
    [(["chest_pain"], "emergency"), (["fever_or_chills"], "urgent_care")],
)
def test_red_flags_still_escalate_in_a_follow_up(flags, level):
    decision = decide(Answers(routine_days=10, routine_progress="better", red_flags=flags))
    assert decision.level == level
    assert decision.reasons == (f"red_flag:{flags[0]}",)


def test_follow_up_keeps_earlier_reasons():
    decision = decide(answers(neck_pain=True, routine_days=7, routine_progress="better"))
    assert decision == Decision("see_professional", ("neck_pain",))


def test_onset_is_the_last_reason():
    assert decide(answers(knot_since="2026-10-17")).reasons[-1] == "knot_since:2026-10-17"
    assert decide(answers(neck_pain=True, knot_since="2026-10-17")).reasons == (
        "neck_pain",
        "knot_since:2026-10-17",
    )


def test_routine_days_come_from_the_start_date_and_today():
    slots = {"routine_started_on": "2026-10-31", "routine_progress": "same", "knot_since": "bad"}
    parsed = answers_from_slots(slots, today=date(2026, 11, 28))
    assert (parsed.routine_days, parsed.routine_progress, parsed.knot_since) == (28, "same", None)
