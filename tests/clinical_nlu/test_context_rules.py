"""The ConText rule set: medspaCy's defaults, adapted, plus the chat-specific cues."""
from clinical_nlu.context_rules import NEGATED, POSSIBLE, context_rules, stays_in_clause


def test_replaced_defaults_are_left_out_and_ours_are_in():
    literals = {rule.literal for rule in context_rules()}
    assert "if" not in literals and "family" not in literals
    assert {"if|unless|incase", "RELATIVE 's|'?", "no", "but"} <= literals


def test_every_rule_stays_in_its_clause():
    assert all(rule.on_modifies is stays_in_clause for rule in context_rules())


def test_negation_and_uncertainty_end_each_other():
    rules = context_rules()
    assert all(POSSIBLE in r.terminated_by for r in rules if r.category == NEGATED)
    assert all(NEGATED in r.terminated_by for r in rules if r.category == POSSIBLE)
