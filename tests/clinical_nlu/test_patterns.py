"""The pattern tables cover exactly the entity contract."""
from clinical_nlu.patterns import (
    ABSENT_MARK,
    IGNORE_LABEL,
    SAID_ABSENT,
    TARGETS,
    ruler_patterns,
)

CONTRACT = {
    "knot_location": {"mid_back", "lower_back", "neck", "shoulder", "other"},
    "symptom": {"neck_pain", "nerve_symptoms"},
    "red_flag": {
        "chest_pain",
        "shortness_of_breath",
        "pain_to_jaw_or_arm",
        "sweating_or_nausea",
        "bladder_bowel_control",
        "leg_weakness_or_numbness",
        "major_injury",
        "fever_or_chills",
        "weight_loss",
        "cancer_history",
        "night_or_rest_pain",
        "feeling_unwell",
    },
    "self_care_tried": {"stretching_massage"},
    "equipment": {"foam_roller"},
    "kneeling_problem": {"kneeling"},
}


def test_every_contract_value_has_phrasings_and_nothing_else_does():
    assert {label: set(values) for label, values in TARGETS.items()} == CONTRACT
    assert all(specs for values in TARGETS.values() for specs in values.values())


def test_denials_only_use_contract_values():
    for label, values in SAID_ABSENT.items():
        assert set(values) <= CONTRACT[label]


def test_ruler_pattern_ids_are_contract_values_with_optional_absent_mark():
    for row in ruler_patterns():
        assert row["pattern"], row
        if row["label"] == IGNORE_LABEL:
            assert row["id"] == ""
        else:
            assert row["id"].replace(ABSENT_MARK, "") in CONTRACT[row["label"]]
