"""Time and person: ongoing, recently past, long ago, over; the user's or someone else's."""

from datetime import date

import pytest

from clinical_nlu.findings import find_findings
from clinical_nlu.time_context import (
    LONG_AGO,
    ONGOING,
    RECENT_PAST,
    RESOLVED,
    time_assertion,
)

RF, SYM, CUE, SELF = "red_flag", "symptom", "warning_cue", "self_care_tried"
P, A, U, PAST = "present", "absent", "uncertain", "past"
THIS_YEAR = date.today().year


def _summary(text):
    return {(f.label, f.value, f.assertion) for f in find_findings(text)}


CASES = [
    # --- ongoing and present perfect: present ---------------------------------
    ("I've been having trouble holding my wee", {(RF, "bladder_bowel_control", P)}),
    ("I have had night sweats for weeks", {(RF, "fever_or_chills", P)}),
    ("it keeps waking me", {(RF, "night_or_rest_pain", P)}),
    ("I've had a fever and the chills", {(RF, "fever_or_chills", P)}),
    ("I've been short of breath since Sunday", {(RF, "shortness_of_breath", P)}),
    ("I had chest pain yesterday and still have it", {(RF, "chest_pain", P)}),
    ("my chest has been tight for days", {(RF, "chest_pain", P)}),
    ("I've had pins and needles on and off for years", {(SYM, "nerve_symptoms", P)}),
    ("I'm feeling sick at the moment", {(RF, "sweating_or_nausea", P)}),
    # --- clearly over: absent ----------------------------------------------------
    ("numbness in my hands years ago, none since", {(SYM, "nerve_symptoms", A)}),
    ("had a fever but it's gone", {(RF, "fever_or_chills", A)}),
    ("I had a fever, but it's gone now", {(RF, "fever_or_chills", A)}),
    ("I had a fever and the chills, but they've stopped", {(RF, "fever_or_chills", A)}),
    ("the tingling went away", {(SYM, "nerve_symptoms", A)}),
    ("the numbness has gone", {(SYM, "nerve_symptoms", A)}),
    ("used to get chest pains as a teen", {(RF, "chest_pain", A)}),
    ("I haven't had a fever since Sunday", {(RF, "fever_or_chills", A)}),
    ("I had night sweats for a while but none now", {(RF, "fever_or_chills", A)}),
    ("it used to wake me up at night", {(RF, "night_or_rest_pain", A)}),
    ("I got over a fever last week", {(RF, "fever_or_chills", A)}),
    # --- long ago: absent ------------------------------------------------------------
    ("had flu back in march", {(RF, "feeling_unwell", A)}),
    ("I had flu months ago", {(RF, "feeling_unwell", A)}),
    ("I had night sweats as a kid", {(RF, "fever_or_chills", A)}),
    ("I had pins and needles in my fingers in 2015", {(SYM, "nerve_symptoms", A)}),
    ("I had neck pain when I was younger", {(SYM, "neck_pain", A)}),
    # --- the recent past, not said to be gone: past --------------------------------
    ("a fever last week", {(RF, "fever_or_chills", PAST)}),
    ("I had the chills a few days ago", {(RF, "fever_or_chills", PAST)}),
    ("I was short of breath on Sunday", {(RF, "shortness_of_breath", PAST)}),
    ("my chest was tight this morning", {(RF, "chest_pain", PAST)}),
    ("my legs gave way yesterday", {(RF, "leg_weakness_or_numbness", PAST)}),
    ("I was sick this morning", {(RF, "sweating_or_nausea", PAST)}),
    ("I had an accident", {(RF, "bladder_bowel_control", PAST), (CUE, "major_injury", P)}),
    ("I had an accident years ago", {(RF, "bladder_bowel_control", A), (CUE, "major_injury", A)}),
    ("I recently had a fever", {(RF, "fever_or_chills", PAST)}),
    ("I had neck pain last week", {(SYM, "neck_pain", P)}),
    ("my fingers went numb yesterday", {(SYM, "nerve_symptoms", P)}),
    (f"I had a fever in {THIS_YEAR}", {(RF, "fever_or_chills", PAST)}),
    ("it woke me up last night", {(RF, "night_or_rest_pain", PAST)}),
    ("I fell over in the garden the other day", {(CUE, "major_injury", P)}),
    ("I had a temp a couple of days ago", {(RF, "fever_or_chills", PAST)}),
    ("I have a history of chest pain", {(RF, "chest_pain", PAST)}),
    ("I had shortness of breath a while back", {(RF, "shortness_of_breath", PAST)}),
    ("I've had chest pain before", {(RF, "chest_pain", P)}),
    # --- a history is the finding itself: present ----------------------------------
    ("I had chemo in 2019", {(RF, "cancer_history", P)}),
    ("I had cancer years ago", {(RF, "cancer_history", P)}),
    ("I used to have cancer", {(RF, "cancer_history", P)}),
    ("I had a biopsy last month", {(CUE, "cancer_history", P)}),
    ("I had breast cancer but I'm clear now", {(RF, "cancer_history", P)}),
    # --- a recent injury or weight loss is the sign: present; long ago: absent -----
    ("I came off my bike last week", {(RF, "major_injury", P)}),
    ("I crashed my car yesterday", {(RF, "major_injury", P)}),
    ("I fell down the stairs on Sunday", {(RF, "major_injury", P)}),
    ("I had a bad fall but I'm fine now", {(RF, "major_injury", P)}),
    ("a car crash 15 years ago", {(RF, "major_injury", A)}),
    ("I had a bad fall as a kid", {(RF, "major_injury", A)}),
    ("I fell off my bike in 2010", {(RF, "major_injury", A)}),
    ("I lost a stone last month", {(RF, "weight_loss", P)}),
    ("I lost a stone years ago", {(RF, "weight_loss", A)}),
    # --- not about the user: not returned --------------------------------------------
    ("my dad had a heart attack", set()),
    ("my friend thinks it's cancer", set()),
    ("what if I get chest pain", set()),
    ("my mum had chest pains last week", set()),
    ("if I had a fever would you tell me to see a doctor", set()),
    ("my husband's legs keep giving way", set()),
    ("she was short of breath yesterday", set()),
    # --- time does not change what was tried --------------------------------------
    ("I had a massage last week", {(SELF, "stretching_massage", P)}),
    ("I tried stretching years ago", {(SELF, "stretching_massage", P)}),
    ("I tried stretching but it's gone now", {(SELF, "stretching_massage", P)}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[text for text, _ in CASES])
def test_time_and_person(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize(
    "value, categories, words, expected",
    [
        ("fever_or_chills", set(), ["fever"], None),
        ("fever_or_chills", {RECENT_PAST}, ["fever"], PAST),
        ("fever_or_chills", {RECENT_PAST, ONGOING}, ["fever"], P),
        ("fever_or_chills", {LONG_AGO}, ["fever"], A),
        ("fever_or_chills", {ONGOING, RESOLVED}, ["fever"], A),
        ("fever_or_chills", {LONG_AGO, ONGOING}, ["fever"], P),
        ("chest_pain", set(), ["chest", "was", "tight"], PAST),
        ("chest_pain", set(), ["chest", "has", "been", "tight"], P),
        ("cancer_history", {LONG_AGO, RESOLVED}, ["cancer"], None),
        ("major_injury", {RECENT_PAST, RESOLVED}, ["crash"], None),
        ("major_injury", {LONG_AGO}, ["crash"], A),
        ("weight_loss", {LONG_AGO, ONGOING}, ["lost", "weight"], None),
    ],
)
def test_time_assertion(value, categories, words, expected):
    assert time_assertion(value, categories, words) == expected


def test_a_symptom_of_the_recent_past_is_present_only_a_warning_sign_is_past():
    assert time_assertion("neck_pain", {RECENT_PAST}, ["neck"], warning_sign=False) == P
    assert time_assertion("neck_pain", {LONG_AGO}, ["neck"], warning_sign=False) == A
