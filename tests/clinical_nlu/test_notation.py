"""The pattern notation expands into the spaCy token patterns it promises."""

import pytest

from clinical_nlu.notation import expand, pattern_words

VOCAB = {
    "NECK": "neck|nek",
    "UPPER_BODY": "NECK|chest",
    "DET": "my|the",
    "BLADES": ("shoulder blades", "shoulderblades"),
}


@pytest.mark.parametrize(
    "spec, expected",
    [
        ("neck", [[{"LOWER": {"IN": ["neck"]}}]]),
        (
            "sore|stiff NECK",
            [[{"LOWER": {"IN": ["sore", "stiff"]}}, {"LOWER": {"IN": ["neck", "nek"]}}]],
        ),
        ("DET? neck", [[{"LOWER": {"IN": ["my", "the"]}, "OP": "?"}, {"LOWER": {"IN": ["neck"]}}]]),
        ("very* sore", [[{"LOWER": {"IN": ["very"]}, "OP": "*"}, {"LOWER": {"IN": ["sore"]}}]]),
        ("NECK|throat", [[{"LOWER": {"IN": ["neck", "nek", "throat"]}}]]),
        ("UPPER_BODY", [[{"LOWER": {"IN": ["neck", "nek", "chest"]}}]]),
        (
            "lost #NUM? kg",
            [
                [
                    {"LOWER": {"IN": ["lost"]}},
                    {"LIKE_NUM": True, "OP": "?"},
                    {"LOWER": {"IN": ["kg"]}},
                ]
            ],
        ),
        ("in #YEAR", [[{"LOWER": {"IN": ["in"]}}, {"SHAPE": "dddd"}]]),
        ("-? ?", [[{"LOWER": {"IN": ["-"]}, "OP": "?"}, {"LOWER": {"IN": ["?"]}}]]),
    ],
)
def test_expand_single_patterns(spec, expected):
    assert expand(spec, VOCAB) == expected


def test_phrase_group_multiplies_into_one_pattern_per_alternative():
    patterns = expand("between DET BLADES", VOCAB)
    assert [[token["LOWER"]["IN"] for token in pattern] for pattern in patterns] == [
        [["between"], ["my", "the"], ["shoulder"], ["blades"]],
        [["between"], ["my", "the"], ["shoulderblades"]],
    ]


def test_optional_phrase_group_adds_the_empty_alternative():
    assert len(expand("BLADES? area", VOCAB)) == 3
    assert [{"LOWER": {"IN": ["area"]}}] in expand("BLADES? area", VOCAB)


@pytest.mark.parametrize(
    "spec, error",
    [
        ("UNKNOWN neck", KeyError),
        ("NECK|UNKNOWN", KeyError),
        ("BLADES|neck", KeyError),
        ("BLADES*", ValueError),
    ],
)
def test_mistakes_in_a_spec_are_reported(spec, error):
    with pytest.raises(error):
        expand(spec, VOCAB)


def test_words_can_be_compared_on_another_attribute():
    assert expand("sore NECK", VOCAB, attr="NORM") == [
        [{"NORM": {"IN": ["sore"]}}, {"NORM": {"IN": ["neck", "nek"]}}]
    ]


def test_pattern_words_are_the_literal_words_of_the_patterns():
    patterns = expand("lost #NUM? kg", VOCAB) + expand("DET? NECK", VOCAB, attr="NORM")
    assert pattern_words(patterns) == {"lost", "kg"}
    assert pattern_words(patterns, attr="NORM") == {"my", "the", "neck", "nek"}
