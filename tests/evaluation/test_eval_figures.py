"""The figures and the report, from synthetic results."""

import pytest

from evaluation.figures import compute, longest_repeat, strip_label, targets
from evaluation.report import render
from evaluation.results import CaseResult

SCREEN = "Do you have any of these along with the knot?"
NECK = "Does your neck hurt, or is it stiff or sore?"


def result(case_id, expected, final, style="plain", questions=(), turns=3, errors=()):
    return CaseResult(
        id=case_id,
        style=style,
        expected=expected,
        first_level=final,
        final_level=final,
        turns_to_first=turns if final else None,
        questions=list(questions),
        errors=list(errors),
    )


RESULTS = [
    result("e-right", "emergency", "emergency", questions=[SCREEN]),
    result("e-under", "emergency", "urgent_care", style="typos", questions=[SCREEN, NECK]),
    result("u-none", "urgent_care", None, style="typos", turns=None, questions=[NECK, NECK, NECK]),
    result("s-over", "self_care_routine", "see_professional", questions=[]),
    result("p-right", "see_professional", "see_professional", questions=[SCREEN, NECK]),
    result(
        "c-right",
        "self_care_routine",
        "self_care_routine",
        style="typos",
        questions=[SCREEN, NECK],
        turns=5,
    ),
    result("x-error", "see_professional", None, errors=["GET tracker: HTTP 500: boom"], turns=None),
]


def test_accuracy_and_confusion():
    figures = compute(RESULTS)
    assert (figures.cases, figures.correct) == (7, 3)
    assert figures.accuracy == pytest.approx(3 / 7)
    assert figures.confusion["emergency"] == {
        "emergency": 1,
        "urgent_care": 1,
        "see_professional": 0,
        "self_care_routine": 0,
        "none": 0,
    }
    assert figures.confusion["urgent_care"]["none"] == 1
    assert figures.confusion["self_care_routine"]["see_professional"] == 1
    assert figures.confusion["see_professional"] == {
        "emergency": 0,
        "urgent_care": 0,
        "see_professional": 1,
        "self_care_routine": 0,
        "none": 1,
    }
    assert sum(sum(row.values()) for row in figures.confusion.values()) == 7


def test_under_and_over_triage_ids_and_rates():
    figures = compute(RESULTS)
    assert figures.under_triage == ["e-under", "u-none", "x-error"]
    assert figures.over_triage == ["s-over"]
    assert figures.under_triage_rate == pytest.approx(3 / 7)
    assert figures.over_triage_rate == pytest.approx(1 / 7)


def test_no_outcome_and_errors_are_listed():
    figures = compute(RESULTS)
    assert figures.no_outcome == ["u-none", "x-error"]
    assert figures.errors == ["x-error"]


def test_question_figures():
    figures = compute(RESULTS)
    assert figures.mean_questions == pytest.approx(10 / 7)
    assert figures.mean_turns_to_first == pytest.approx((3 * 4 + 5) / 5)
    assert (figures.longest_run.length, figures.longest_run.case_id) == (3, "u-none")
    assert figures.longest_run.question == NECK
    assert figures.repeating_cases == ["u-none"]


def test_per_style_accuracy():
    by_style = compute(RESULTS).by_style
    assert list(by_style) == ["plain", "typos"]
    assert (by_style["plain"].cases, by_style["plain"].correct) == (4, 2)
    assert (by_style["typos"].cases, by_style["typos"].correct) == (3, 1)
    assert by_style["typos"].accuracy == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    "questions, run",
    [
        ([], 0),
        ([NECK], 1),
        ([NECK, SCREEN, NECK], 1),
        ([NECK, NECK], 2),
        (["Question 3 of 5: " + NECK, NECK, "question 3 of 5:  " + NECK], 3),
        (["Question 2 of 5: " + SCREEN, "Question 3 of 5: " + SCREEN], 2),
        ([SCREEN, NECK, NECK, SCREEN, SCREEN, SCREEN, SCREEN], 4),
        (["Where exactly is the knot?", "Where is the knot?"], 1),
    ],
)
def test_longest_repeat_ignores_the_question_label(questions, run):
    assert longest_repeat(questions)[0] == run


def test_strip_label():
    assert strip_label("Question 4 of 5: Do you get\n numbness?") == "Do you get numbness?"
    assert strip_label("No label here?") == "No label here?"


def test_targets_not_met_and_report():
    figures = compute(RESULTS)
    status = {t.name: t.met for t in targets(figures)}
    assert status == {
        "under-triage": False,
        "no outcome": False,
        "same question in a row": False,
        "right level": False,
        "over-triage": False,
    }
    text = render(figures)
    assert "e-under, u-none, x-error" in text
    assert text.count("NOT met") == 5
    assert "Right level: 3 of 7 (42.9%)" in text


def test_targets_met_when_every_case_is_right():
    good = [
        result(f"c-{n}", "self_care_routine", "self_care_routine", questions=[NECK, NECK])
        for n in range(20)
    ]
    figures = compute(good)
    assert all(t.met for t in targets(figures))
    assert "NOT met" not in render(figures)


def test_one_over_triage_in_twenty_is_still_within_five_percent():
    cases = [result(f"c-{n}", "see_professional", "see_professional") for n in range(19)]
    cases.append(result("over", "see_professional", "urgent_care"))
    status = {t.name: t.met for t in targets(compute(cases))}
    assert status["over-triage"] is True
    assert status["right level"] is True  # 95% exactly


def test_no_results_meet_no_accuracy_target():
    figures = compute([])
    assert figures.cases == 0 and figures.mean_questions == 0
    assert {t.name: t.met for t in targets(figures)}["right level"] is False
