"""The ConText rule set: medspaCy's defaults, adapted, plus the chat-specific cues."""

import pytest

from clinical_nlu.context_rules import (
    NEGATED,
    POSSIBLE,
    context_rules,
    reaches_back_over_but,
    stays_in_clause,
)
from clinical_nlu.findings import find_findings
from clinical_nlu.time_context import ONGOING, RESOLVED, TIME_CATEGORIES


def test_replaced_defaults_are_left_out_and_ours_are_in():
    literals = {rule.literal for rule in context_rules()}
    assert "if" not in literals and "family" not in literals
    assert {"if|unless|incase", "RELATIVE 's|'?", "no", "but"} <= literals


def test_every_rule_checks_how_far_it_reaches():
    rules = context_rules()
    assert all(rule.on_modifies is not None for rule in rules)
    assert sum(rule.on_modifies is stays_in_clause for rule in rules) > len(rules) / 2


def test_only_backward_resolutions_and_still_there_reach_back_over_but():
    reaching_back = [r for r in context_rules() if r.on_modifies is reaches_back_over_but]
    assert reaching_back
    assert {rule.category for rule in reaching_back} == {RESOLVED, ONGOING}
    assert {rule.direction for rule in reaching_back} == {"BACKWARD"}


def test_time_categories_are_ours_and_gone_is_no_longer_a_negation():
    rules = context_rules()
    assert set(TIME_CATEGORIES) <= {rule.category for rule in rules}
    assert not any("gone" in rule.literal for rule in rules if rule.category == NEGATED)


def test_negation_and_uncertainty_end_each_other():
    rules = context_rules()
    assert all(POSSIBLE in r.terminated_by for r in rules if r.category == NEGATED)
    assert all(NEGATED in r.terminated_by for r in rules if r.category == POSSIBLE)


RF = "red_flag"


@pytest.mark.parametrize(
    "text, expected",
    [
        # someone else's sign stays theirs over "and gets ...",
        # until the person speaks of themselves
        ("my mum has MS and gets numb legs so I always check, but mine are fine", set()),
        (
            "my mum has MS and gets numb legs, and my legs are numb too",
            {(RF, "leg_weakness_or_numbness", "present")},
        ),
        # weight lost on purpose, or put back on, is not the warning sign
        ("I've lost weight on purpose and my chest hurts", {(RF, "chest_pain", "present")}),
        (
            "I lost a bit of weight when I had norovirus in October but I've put it all back on",
            {(RF, "weight_loss", "absent")},
        ),
        ("I lost a stone without trying", {(RF, "weight_loss", "present")}),
        # an injury at a given age long ago is not a current sign
        ("I broke my wrist falling off a horse when I was 12", {(RF, "major_injury", "absent")}),
        # a question about a word is not a report
        ("what do you mean by unwell?", set()),
        # "doesn't feel right" is about the knot, not feeling unwell in oneself
        ("something about this knot just doesn't feel right to me", set()),
        ("I don't feel right in myself", {(RF, "feeling_unwell", "present")}),
    ],
)
def test_people_purpose_age_and_questions(text, expected):
    found = {(f.label, f.value, f.assertion) for f in find_findings(text) if f.label == RF}
    assert found == expected
