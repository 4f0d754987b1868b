"""Reading how the routine is going."""

import pytest

from triage.progress import read_progress


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I started on 3 November and it's no better", "same"),
        ("been doing it three weeks, a bit better", "better"),
        ("it's getting worse", "worse"),
        ("worse if anything", "worse"),
        ("the routine is helping", "better"),
        ("much less sore now", "better"),
        ("it's the same", "same"),
        ("no change really", "same"),
        ("it hasn't changed", "same"),
        ("the exercises aren't working", "same"),
        ("not really improving", "same"),
        ("not worse but not better", "same"),
        ("it's not any worse", "same"),
        ("it flared up after the second session", "worse"),
        ("still sore", "same"),
        ("improved loads", "better"),
        ("Improving slowly", "better"),
        ("I started the routine on 3 November", None),
        ("", None),
        ("banana", None),
    ],
)
def test_read_progress(text, expected):
    assert read_progress(text) == expected
