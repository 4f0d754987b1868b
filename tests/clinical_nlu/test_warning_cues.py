"""Warning cues: a place or sign tied to a red flag, mentioned without the flag itself."""

from dataclasses import dataclass

import pytest

from clinical_nlu.findings import find_findings
from clinical_nlu.patterns import TARGETS
from clinical_nlu.warning_cues import (
    ARM,
    CUES,
    NOT_A_CUE,
    WARNING_CUE,
    cue_patterns,
    select_cues,
)

RF, LOC, SYM, CUE = "red_flag", "knot_location", "symptom", WARNING_CUE
P, A, U, PAST = "present", "absent", "uncertain", "past"


def _summary(text):
    return {(f.label, f.value, f.assertion) for f in find_findings(text)}


CASES = [
    # --- one per red flag --------------------------------------------------------
    ("my heart is racing", {(CUE, "chest_pain", P)}),
    ("I've got heartburn", {(CUE, "chest_pain", P)}),
    ("it hurts when I breathe in", {(CUE, "shortness_of_breath", P)}),
    ("it hurts when I take a deep breath", {(CUE, "shortness_of_breath", P)}),
    ("knot in my jaw", {(LOC, "other", P), (CUE, "pain_to_jaw_or_arm", P)}),
    ("I feel a bit dizzy", {(CUE, "sweating_or_nausea", P)}),
    ("my stomach hurts", {(LOC, "other", P), (CUE, "sweating_or_nausea", P)}),
    ("I need the loo a lot", {(CUE, "bladder_bowel_control", P)}),
    ("I've been constipated", {(CUE, "bladder_bowel_control", P)}),
    ("my legs ache", {(LOC, "other", P), (CUE, "leg_weakness_or_numbness", P)}),
    ("walking is harder lately", {(CUE, "leg_weakness_or_numbness", P)}),
    ("I slipped on the ice", {(CUE, "major_injury", P)}),
    ("I injured my back at the gym", {(CUE, "major_injury", P)}),
    ("I've lost my appetite", {(CUE, "weight_loss", P)}),
    ("no appetite", {(CUE, "weight_loss", P)}),
    ("I've put on a stone", {(CUE, "weight_loss", P)}),
    ("some weight loss lately", {(CUE, "weight_loss", P)}),
    ("I had a biopsy", {(CUE, "cancer_history", P)}),
    ("I took my temp", {(CUE, "fever_or_chills", P)}),
    ("I've got a bad cold", {(CUE, "fever_or_chills", P)}),
    ("I can't sleep", {(CUE, "night_or_rest_pain", P)}),
    ("it hurts when I turn over in bed", {(CUE, "night_or_rest_pain", P)}),
    ("my back hurts when I lie down", {(CUE, "night_or_rest_pain", P)}),
    ("I feel a bit off", {(CUE, "feeling_unwell", P)}),
    ("I'm exhausted all the time", {(CUE, "feeling_unwell", P)}),
    # --- the arm only with sweating or sickness ----------------------------------
    ("my arm aches", {(LOC, "other", P)}),
    (
        "my arm aches and I feel queasy",
        {(LOC, "other", P), (RF, "sweating_or_nausea", P), (CUE, "pain_to_jaw_or_arm", P)},
    ),
    (
        "pins and needles in my arm and I'm clammy",
        {(SYM, "nerve_symptoms", P), (RF, "sweating_or_nausea", P)},
    ),
    # --- a cue carries an assertion ------------------------------------------------
    ("no injuries", {(CUE, "major_injury", A)}),
    ("my bowels are fine", {(RF, "bladder_bowel_control", A)}),
    ("no problems with my bladder", {(RF, "bladder_bowel_control", A)}),
    ("I'm not tired", {(CUE, "feeling_unwell", A)}),
    ("maybe my breathing", {(CUE, "shortness_of_breath", U)}),
    ("I slept badly last week", {(CUE, "night_or_rest_pain", PAST)}),
    ("I've been sleeping badly", {(CUE, "night_or_rest_pain", P)}),
    # --- a vague odd feeling in the place is an uncertain red flag -------------------
    ("my chest feels a bit weird", {(RF, "chest_pain", U)}),
    ("something's not right with my chest", {(RF, "chest_pain", U)}),
    ("my breathing feels strange", {(RF, "shortness_of_breath", U)}),
    ("my legs feel weird", {(RF, "leg_weakness_or_numbness", U)}),
    ("my bladder feels odd", {(RF, "bladder_bowel_control", U)}),
    ("my chest is fine", {(RF, "chest_pain", A)}),
    (
        "my bladder is fine but my chest feels a bit off",
        {(RF, "bladder_bowel_control", A), (RF, "chest_pain", U)},
    ),
    ("no chest pain but my chest feels weird", {(RF, "chest_pain", A), (RF, "chest_pain", U)}),
    # --- a red flag covering the word wins; a reported flag needs no cue -------------
    ("I have chest pain", {(RF, "chest_pain", P)}),
    ("there's a weight on my chest", {(RF, "chest_pain", P)}),
    ("I have chest pain, it's my chest", {(RF, "chest_pain", P)}),
    ("my legs keep giving way when I walk", {(RF, "leg_weakness_or_numbness", P)}),
    ("night sweats", {(RF, "fever_or_chills", P)}),
    ("I had a fever last week. I took my temp.", {(RF, "fever_or_chills", PAST)}),
    ("no chest pain. my chest is sore to touch", {(RF, "chest_pain", A), (RF, "chest_pain", P)}),
    (
        "I have chest pain when I breathe",
        {(RF, "chest_pain", P), (CUE, "shortness_of_breath", P)},
    ),
    # "I had an accident": the bladder or an injury, so both are asked about
    (
        "I had an accident last week",
        {(RF, "bladder_bowel_control", PAST), (CUE, "major_injury", P)},
    ),
    ("I had an accident at work", {(RF, "major_injury", P)}),
    # --- at most one cue per red flag -----------------------------------------------
    ("my bladder and my bowels, my bladder", {(CUE, "bladder_bowel_control", P)}),
    ("no injury. I fell over though", {(CUE, "major_injury", P)}),
    # --- not about the user ----------------------------------------------------------
    ("my dad's chest is bad", set()),
    ("what if my bladder stops working", set()),
    ("my friend fell off a wall", set()),
    # --- not cues ----------------------------------------------------------------------
    ("night night", set()),
    ("walk me through the exercise", set()),
    ("set an alarm for 7am", set()),
    ("I have a cold sore", set()),
    ("what's a normal heart rate", set()),
    ("the rest of my back is fine", set()),
    ("I'm tired of this knot", set()),
    ("I keep falling asleep at my desk", set()),
    ("I sleep fine", set()),
    ("I lift weights", set()),
    ("I fell behind on the routine", set()),
    ("my arms get tired after 20 reps", {(LOC, "other", P)}),
    ("last night I stretched", {(("self_care_tried", "stretching_massage", P))}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[text for text, _ in CASES])
def test_warning_cues(text, expected):
    assert _summary(text) == expected


def test_cue_values_are_red_flag_ids():
    red_flags = set(TARGETS[RF])
    assert set(CUES) == red_flags
    assert set(cue_patterns()) == red_flags | {ARM, NOT_A_CUE}


def test_a_cue_keeps_the_offsets_of_its_words():
    text = "Honestly, my HEART is racing"
    [cue] = find_findings(text)
    assert (cue.label, cue.text, text[cue.start : cue.end]) == (CUE, "HEART", "HEART")


@dataclass(frozen=True)
class _F:
    label: str
    value: str
    assertion: str


@pytest.mark.parametrize(
    "findings, kept",
    [
        ([_F(CUE, "chest_pain", A), _F(CUE, "chest_pain", P)], [_F(CUE, "chest_pain", P)]),
        ([_F(CUE, "chest_pain", P), _F(CUE, "chest_pain", A)], [_F(CUE, "chest_pain", P)]),
        ([_F(CUE, "chest_pain", U), _F(CUE, "chest_pain", P)], [_F(CUE, "chest_pain", U)]),
        ([_F(RF, "chest_pain", PAST), _F(CUE, "chest_pain", P)], [_F(RF, "chest_pain", PAST)]),
        (
            [_F(RF, "chest_pain", A), _F(CUE, "chest_pain", P)],
            [_F(RF, "chest_pain", A), _F(CUE, "chest_pain", P)],
        ),
        (
            [_F(RF, "fever_or_chills", P), _F(CUE, "chest_pain", P), _F(LOC, "other", P)],
            [_F(RF, "fever_or_chills", P), _F(CUE, "chest_pain", P), _F(LOC, "other", P)],
        ),
    ],
)
def test_select_cues(findings, kept):
    assert select_cues(findings) == kept
