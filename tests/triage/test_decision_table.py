"""docs/decision-table.md against the code: every row gives what `decide` gives, every
reason and level the code can give has a row, and the page is what
`python -m triage.decision_table` writes."""

import ast
import re
from pathlib import Path
from typing import Any, Dict, List

import pytest

from triage import contract, red_flags
from triage.decision import Answers, decide
from triage.decision_table import STARTING, render

PAGE = Path(__file__).resolve().parents[2] / "docs" / "decision-table.md"
TEXT = PAGE.read_text(encoding="utf-8")


def code_spans(cell: str) -> List[str]:
    return re.findall(r"`([^`]*)`", cell)


def literals(spelled: str) -> Dict[str, Any]:
    """`a=1, b=['x']` as {"a": 1, "b": ["x"]}."""
    call = ast.parse(f"f({spelled})", mode="eval").body
    return {keyword.arg: ast.literal_eval(keyword.value) for keyword in call.keywords}


def table_rows() -> List[List[str]]:
    """The cells of every row of the page's tables (not the headers or rules)."""
    rows = []
    for line in TEXT.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 4 and cells[0] != "situation":
            rows.append(cells)
    return rows


ROWS = table_rows()
START = literals(
    code_spans(next(line for line in TEXT.splitlines() if line.startswith(STARTING)))[0]
)


def answers_in(cell: str) -> Answers:
    spans = code_spans(cell)
    merged = {**START, **(literals(spans[0]) if spans else {})}
    merged["unsure"] = frozenset(merged.get("unsure", ()))
    return Answers(**merged)


@pytest.mark.parametrize("situation, answers, level, reasons", ROWS, ids=[row[0] for row in ROWS])
def test_every_row_gives_what_decide_gives(situation, answers, level, reasons):
    decision = decide(answers_in(answers))
    assert [decision.level] == code_spans(level)
    assert list(decision.reasons) == code_spans(reasons)


def test_every_reason_the_code_can_give_has_a_row():
    shown = {reason for row in ROWS for reason in code_spans(row[3])}
    deciding = [q for q in contract.TRIAGE_QUESTIONS if q != contract.TRIED_STRETCHING_MASSAGE]
    expected = {value for name, value in vars(contract).items() if name.startswith("REASON_")}
    expected |= {contract.RED_FLAG_PREFIX + flag.id for flag in red_flags.RED_FLAGS}
    expected |= {
        prefix + question
        for prefix in (contract.UNSURE_PREFIX, contract.UNANSWERED_PREFIX)
        for question in deciding
    }
    assert expected - shown == set()
    assert any(reason.startswith(contract.KNOT_SINCE_PREFIX) for reason in shown)


def test_every_level_has_a_row():
    assert {code_spans(row[2])[0] for row in ROWS} == set(contract.LEVELS)


def test_the_page_is_what_the_generator_writes():
    assert TEXT == render(), "run: python -m triage.decision_table > docs/decision-table.md"
