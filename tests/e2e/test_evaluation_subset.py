"""A fast subset of the evaluation (every 6th case of evaluation/cases/*.yml, by id)
against the running assistant: every case gets an outcome, none is under-triaged,
and no question is asked more than twice in a row. `make eval` runs them all."""

from pathlib import Path

import pytest

from evaluation.client import AssistantClient
from evaluation.driver import run_cases
from evaluation.figures import MAX_SAME_QUESTION_IN_A_ROW, compute, longest_repeat
from evaluation.loader import load_cases, select

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
CASES = "evaluation/cases/*.yml"
EVERY = 6


@pytest.fixture(scope="module")
def subset(assistant):
    cases = load_cases(CASES, root=ROOT)
    if not cases:
        pytest.fail(f"no evaluation cases: nothing in {ROOT / CASES}")
    chosen = select(cases, every=EVERY)
    results = run_cases(AssistantClient(assistant.base_url, assistant.token), chosen, workers=4)
    assert len(results) == len(chosen)
    return {result.id: result for result in results}


def failures(results, ids):
    """The failing cases, each with its levels and transcript."""
    return "\n\n".join(
        f"--- {results[i].id} ({results[i].style}): expected {results[i].expected}, "
        f"got {results[i].final_level or 'no outcome'}\n{results[i].transcript_text()}"
        for i in ids
    )


def test_every_case_gets_an_outcome(subset):
    none = compute(list(subset.values())).no_outcome
    assert not none, (
        f"{len(none)} of {len(subset)} without an outcome: {', '.join(none)}\n\n"
        f"{failures(subset, none)}"
    )


def test_no_case_is_under_triaged(subset):
    under = compute(list(subset.values())).under_triage
    assert not under, (
        f"{len(under)} of {len(subset)} under-triaged: {', '.join(under)}\n\n"
        f"{failures(subset, under)}"
    )


def test_no_question_is_asked_more_than_twice_in_a_row(subset):
    repeating = [
        i for i, r in subset.items() if longest_repeat(r.questions)[0] > MAX_SAME_QUESTION_IN_A_ROW
    ]
    assert not repeating, (
        f"a question asked more than {MAX_SAME_QUESTION_IN_A_ROW} times in a row in: "
        f"{', '.join(repeating)}\n\n{failures(subset, repeating)}"
    )
