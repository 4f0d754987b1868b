"""The figures of an evaluation run: a pure function of the case results.

Urgency order: emergency > urgent_care > see_professional > self_care_routine.
A conversation without an outcome ("none") counts as under-triage (the person
got no advice at all) and is also listed on its own as "no outcome".
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from evaluation.loader import LEVELS
from evaluation.results import CaseResult

NONE = "none"
COLUMNS = LEVELS + (NONE,)
URGENCY = {level: len(LEVELS) - rank for rank, level in enumerate(LEVELS)}
URGENCY[NONE] = 0
_LABEL = re.compile(r"^\s*question\s+\d+\s+of\s+\d+\s*[:.\-]\s*", re.IGNORECASE)

# Targets.
MAX_UNDER_TRIAGE = 0
MAX_NO_OUTCOME = 0
MAX_SAME_QUESTION_IN_A_ROW = 2
MIN_ACCURACY = 0.95
MAX_OVER_TRIAGE_RATE = 0.05


@dataclass
class Run:
    """The longest run of one question asked in a row in one conversation."""

    length: int = 0
    case_id: Optional[str] = None
    question: str = ""


@dataclass
class StyleFigures:
    cases: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.cases if self.cases else 0.0


@dataclass
class Figures:
    cases: int
    correct: int
    confusion: Dict[str, Dict[str, int]]
    under_triage: List[str]
    over_triage: List[str]
    no_outcome: List[str]
    errors: List[str]
    mean_questions: float
    mean_turns_to_first: Optional[float]
    longest_run: Run
    repeating_cases: List[str]
    by_style: Dict[str, StyleFigures] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        return self.correct / self.cases if self.cases else 0.0

    @property
    def under_triage_rate(self) -> float:
        return len(self.under_triage) / self.cases if self.cases else 0.0

    @property
    def over_triage_rate(self) -> float:
        return len(self.over_triage) / self.cases if self.cases else 0.0


@dataclass(frozen=True)
class Target:
    name: str
    wanted: str
    got: str
    met: bool


def got(result: CaseResult) -> str:
    """The final level, or "none"."""
    return result.final_level or NONE


def strip_label(question: str) -> str:
    """The question without a leading "Question n of m: " label, spaces normalised."""
    return " ".join(_LABEL.sub("", question).split())


def longest_repeat(questions: Sequence[str]) -> Tuple[int, str]:
    """The longest run of the same question asked consecutively, and that question."""
    best, best_question = 0, ""
    run, previous = 0, None
    for question in questions:
        text = strip_label(question)
        run = run + 1 if text == previous else 1
        previous = text
        if run > best:
            best, best_question = run, text
    return best, best_question


def compute(results: Sequence[CaseResult]) -> Figures:
    """Every figure of the run."""
    confusion = {level: {column: 0 for column in COLUMNS} for level in LEVELS}
    under, over, none, errors, repeating = [], [], [], [], []
    by_style: Dict[str, StyleFigures] = {}
    longest = Run()
    correct = 0
    for result in results:
        level = got(result)
        confusion.setdefault(result.expected, {column: 0 for column in COLUMNS})
        confusion[result.expected][level] = confusion[result.expected].get(level, 0) + 1
        right = level == result.expected
        correct += right
        style = by_style.setdefault(result.style, StyleFigures())
        style.cases += 1
        style.correct += right
        if URGENCY[level] < URGENCY[result.expected]:
            under.append(result.id)
        elif URGENCY[level] > URGENCY[result.expected]:
            over.append(result.id)
        if level == NONE:
            none.append(result.id)
        if result.errors:
            errors.append(result.id)
        length, question = longest_repeat(result.questions)
        if length > MAX_SAME_QUESTION_IN_A_ROW:
            repeating.append(result.id)
        if length > longest.length:
            longest = Run(length, result.id, question)
    turns = [r.turns_to_first for r in results if r.turns_to_first is not None]
    return Figures(
        cases=len(results),
        correct=correct,
        confusion=confusion,
        under_triage=under,
        over_triage=over,
        no_outcome=none,
        errors=errors,
        mean_questions=(sum(len(r.questions) for r in results) / len(results)) if results else 0.0,
        mean_turns_to_first=(sum(turns) / len(turns)) if turns else None,
        longest_run=longest,
        repeating_cases=repeating,
        by_style=dict(sorted(by_style.items())),
    )


def targets(figures: Figures) -> List[Target]:
    """The targets, each with what was measured and whether it is met."""
    return [
        Target(
            "under-triage",
            f"{MAX_UNDER_TRIAGE}",
            str(len(figures.under_triage)),
            len(figures.under_triage) <= MAX_UNDER_TRIAGE,
        ),
        Target(
            "no outcome",
            f"{MAX_NO_OUTCOME}",
            str(len(figures.no_outcome)),
            len(figures.no_outcome) <= MAX_NO_OUTCOME,
        ),
        Target(
            "same question in a row",
            f"at most {MAX_SAME_QUESTION_IN_A_ROW}",
            str(figures.longest_run.length),
            figures.longest_run.length <= MAX_SAME_QUESTION_IN_A_ROW,
        ),
        Target(
            "right level",
            f">= {MIN_ACCURACY:.0%}",
            f"{figures.accuracy:.1%}",
            figures.cases > 0 and figures.accuracy >= MIN_ACCURACY,
        ),
        Target(
            "over-triage",
            f"<= {MAX_OVER_TRIAGE_RATE:.0%}",
            f"{figures.over_triage_rate:.1%}",
            figures.over_triage_rate <= MAX_OVER_TRIAGE_RATE,
        ),
    ]


def all_met(figures: Figures) -> bool:
    return all(target.met for target in targets(figures))
