"""Misspelled and inflected clinical words are read as the vocabulary's; others are left alone."""

import pytest

from clinical_nlu.findings import build_pipeline, find_findings
from clinical_nlu.spelling import VocabularySpelling

RF, SYM, LOC, CUE = "red_flag", "symptom", "knot_location", "warning_cue"
P, PAST = "present", "past"


def _summary(text):
    return {(f.label, f.value, f.assertion) for f in find_findings(text)}


@pytest.fixture(scope="module")
def spelling() -> VocabularySpelling:
    return build_pipeline().get_pipe("clinical_spelling")


@pytest.mark.parametrize(
    "word, expected",
    [
        # typos: a letter swapped, lost or added
        ("nubmness", "numbness"),
        ("chets", "chest"),
        ("tingleing", "tingling"),
        ("breatheing", "breathing"),
        ("incontenence", "incontinence"),
        ("chemoterapy", "chemotherapy"),
        ("shivvering", "shivering"),
        ("nigth", "night"),
        ("fingres", "fingers"),
        # inflections of a vocabulary word's lemma
        ("ached", "ache"),
        ("wheezed", "wheeze"),
        ("numbed", "numb"),
        # left alone: short, known English words, listed words, unknown far-off words
        ("nek", "nek"),
        ("bak", "bak"),
        ("abc", "abc"),
        ("week", "week"),
        ("world", "world"),
        ("message", "message"),
        ("store", "store"),
        ("delte", "delte"),
        ("gonna", "gonna"),
        ("xyzzyx", "xyzzyx"),
        ("sholder", "sholder"),
        ("numbness", "numbness"),
    ],
)
def test_word_for(spelling, word, expected):
    assert spelling.word_for(word) == expected


def test_a_tie_between_unrelated_words_is_left_alone():
    spelling = VocabularySpelling(["stiff", "stuff"])
    assert spelling.word_for("stoff") == "stoff"


def test_a_tie_with_a_listed_misspelling_goes_to_the_real_word():
    spelling = VocabularySpelling(["numbness", "numness"])
    assert spelling.word_for("nubmness") == "numbness"


def test_a_capitalised_word_inside_a_sentence_is_a_name():
    doc = build_pipeline()("I saw Chets today. Chets hurts")
    assert [t.norm_ for t in doc if t.lower_ == "chets"] == ["chets", "chest"]


CASES = [
    ("I have nubmness in my fingers", {(SYM, "nerve_symptoms", P)}),
    ("tingleing in my fingres", {(SYM, "nerve_symptoms", P)}),
    ("my chets feels tight", {(RF, "chest_pain", P)}),
    ("I'm havng trouble breatheing", {(RF, "shortness_of_breath", P)}),
    ("breathlesss", {(RF, "shortness_of_breath", P)}),
    ("I've been feeling nauseus", {(RF, "sweating_or_nausea", P)}),
    ("I'm shivvering", {(RF, "fever_or_chills", P)}),
    ("I've lost weihgt without trying", {(RF, "weight_loss", P)}),
    ("the pain radiats to my jaw", {(RF, "pain_to_jaw_or_arm", P)}),
    ("incontenence", {(RF, "bladder_bowel_control", P)}),
    ("I keep trippng over my feet", {(RF, "leg_weakness_or_numbness", P)}),
    ("tingleing in my legs", {(RF, "leg_weakness_or_numbness", P)}),
    ("I had chemoterapy", {(RF, "cancer_history", P)}),
    ("it's worse at nigth", {(RF, "night_or_rest_pain", P)}),
    ("I feel generaly unwell", {(RF, "feeling_unwell", P)}),
    ("midle of my bak", {(LOC, "mid_back", P)}),
    ("my jaw ached", {(RF, "pain_to_jaw_or_arm", P)}),
    ("my fingers numbed", {(SYM, "nerve_symptoms", P)}),
    ("I shivered", {(RF, "fever_or_chills", P)}),
    ("I wheezed going up the hill", {(CUE, "shortness_of_breath", P)}),
    ("MY CHETS FEELS TIGHT", {(RF, "chest_pain", P)}),
    ("no nubmness", {(SYM, "nerve_symptoms", "absent")}),
    ("I was short of breth yesterday", {(RF, "shortness_of_breath", PAST)}),
    # no false corrections
    ("delte everything", set()),
    ("I'll message you next week", set()),
    ("Larry said hi", set()),
    ("the world is a big place", set()),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[text for text, _ in CASES])
def test_misspelled_findings(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize("text", [text for text, expected in CASES if expected])
def test_offsets_point_at_the_words_as_typed(text):
    for finding in find_findings(text):
        assert text[finding.start : finding.end] == finding.text


def test_span_of_a_corrected_finding():
    text = "Honestly, my chets feels tight!"
    [finding] = find_findings(text)
    assert (finding.start, finding.end, finding.text) == (13, 30, "chets feels tight")
