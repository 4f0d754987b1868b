"""The routine: three variants of one movement, the one that fits, and why it
builds strength."""

import pytest

from triage.routine import FLOOR, KNEELING, STANDING, VARIANTS, choose_variant, why_strengthening


def test_every_variant_has_the_lift_cue():
    for variant in VARIANTS.values():
        assert 6 <= len(variant.steps) <= 7
        assert any("1-2 inches" in step and "away from your ears" in step for step in variant.steps)


@pytest.mark.parametrize(
    "can_kneel, has_roller, variant",
    [
        (True, True, KNEELING),
        (None, None, KNEELING),
        (False, True, STANDING),
        (False, None, STANDING),
        (True, False, FLOOR),
        (False, False, FLOOR),
    ],
)
def test_the_variant_that_fits(can_kneel, has_roller, variant):
    assert choose_variant(can_kneel, has_roller).name == variant


def test_why_strengthening_is_worded_for_what_was_tried():
    assert why_strengthening(True).startswith("You've already tried stretching or massage.")
    assert why_strengthening(False).startswith("Stretching and massage can feel good")
    assert "Dr. Katie Clare, DC" in why_strengthening(None)
