"""The pattern tables cover exactly the entity contract."""

from clinical_nlu.lay_terms import LAY_RED_FLAGS, LAY_SAID_ABSENT, LAY_SAID_VAGUELY, LAY_VOCAB
from clinical_nlu.patterns import (
    _CORE_VOCAB,
    ABSENT_MARK,
    IGNORE_LABEL,
    MATCH_ATTR,
    SAID_ABSENT,
    SAID_VAGUELY,
    TARGETS,
    UNCERTAIN_MARK,
    ruler_patterns,
    vocabulary,
)

RED_FLAGS = {
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
}
CONTRACT = {
    "knot_location": {"mid_back", "lower_back", "neck", "shoulder", "other"},
    "symptom": {"neck_pain", "nerve_symptoms"},
    "red_flag": RED_FLAGS,
    "self_care_tried": {"stretching_massage"},
    "equipment": {"foam_roller"},
    "kneeling_problem": {"kneeling"},
}


def test_every_contract_value_has_phrasings_and_nothing_else_does():
    assert {label: set(values) for label, values in TARGETS.items()} == CONTRACT
    assert all(specs for values in TARGETS.values() for specs in values.values())


def test_denials_and_vague_phrasings_only_use_contract_values():
    for table in (SAID_ABSENT, SAID_VAGUELY):
        for label, values in table.items():
            assert set(values) <= CONTRACT[label]


def test_lay_phrasings_are_red_flags_and_merged_into_the_tables():
    assert set(LAY_RED_FLAGS) | set(LAY_SAID_VAGUELY) | set(LAY_SAID_ABSENT) <= RED_FLAGS
    for value, specs in LAY_RED_FLAGS.items():
        assert set(specs) <= set(TARGETS["red_flag"][value])
    assert set(LAY_SAID_ABSENT.items()) <= set(SAID_ABSENT["red_flag"].items())


def test_lay_vocabulary_does_not_redefine_a_core_group():
    assert not set(LAY_VOCAB) & set(_CORE_VOCAB)


def test_ruler_pattern_ids_are_contract_values_with_optional_mark():
    for row in ruler_patterns():
        assert row["pattern"], row
        if row["label"] == IGNORE_LABEL:
            assert row["id"] == ""
        else:
            value = row["id"].replace(ABSENT_MARK, "").replace(UNCERTAIN_MARK, "")
            assert value in CONTRACT[row["label"]]


def test_patterns_match_on_norm_so_that_corrected_spellings_count():
    tokens = [token for row in ruler_patterns() for token in row["pattern"]]
    assert all(MATCH_ATTR in token or "LIKE_NUM" in token or "SHAPE" in token for token in tokens)
    assert {"numbness", "chest", "loo", "stone", "remission"} <= vocabulary()
