"""The decision table of `triage/decision.py` as Markdown, for docs/decision-table.md.

Each row is a set of answers that shows one rule; its level and reasons are what
`decide` gives for them. `python -m triage.decision_table > docs/decision-table.md`
rewrites the page; tests/triage/test_decision_table.py reads it back and checks every
row against `decide` and that every reason the code can give has a row.
"""

import textwrap
from typing import Any, Dict, Tuple

from triage import red_flags
from triage.contract import LEVELS, ROUTINE_TRIAL_DAYS
from triage.decision import Answers, decide

# The answers every row starts from: a mid-back knot, screened, nothing else.
CLEAR: Dict[str, Any] = dict(
    knot_location="mid_back",
    red_flags=[],
    neck_pain=False,
    nerve_symptoms=False,
    tried_stretching_massage=True,
)
DAYS = ROUTINE_TRIAL_DAYS
STARTING = "Starting answers: "

# (situation, the answers changed from CLEAR)
Row = Tuple[str, Dict[str, Any]]

SELF_CARE_ROWS: Tuple[Row, ...] = (
    ("everything clear", {}),
    ("stretching or massage not tried", {"tried_stretching_massage": False}),
    ("stretching or massage not asked", {"tried_stretching_massage": None}),
)

SEE_PROFESSIONAL_ROWS: Tuple[Row, ...] = (
    ("the knot is in the lower back", {"knot_location": "lower_back"}),
    ("the knot is in the neck", {"knot_location": "neck"}),
    ("the knot is in the shoulder", {"knot_location": "shoulder"}),
    ("the knot is somewhere else", {"knot_location": "other"}),
    ("neck pain", {"neck_pain": True}),
    ("nerve symptoms in the arms or hands", {"nerve_symptoms": True}),
    ("the person feels something is not right", {"feels_not_right": True}),
    ("neck pain and nerve symptoms", {"neck_pain": True, "nerve_symptoms": True}),
)
CAUTIOUS_ROWS: Tuple[Row, ...] = (
    (
        "where the knot is stayed unclear after two tries (cautious: not the mid-back)",
        {"knot_location": "other", "unsure": {"knot_location"}},
    ),
    (
        "neck pain stayed unclear (cautious: yes)",
        {"neck_pain": True, "unsure": {"neck_pain"}},
    ),
    (
        "nerve symptoms stayed unclear (cautious: yes)",
        {"nerve_symptoms": True, "unsure": {"nerve_symptoms"}},
    ),
    ("the warning-sign screen stayed unclear", {"unsure": {"red_flags"}}),
    ("where the knot is: not answered", {"knot_location": None}),
    ("the warning-sign screen: not answered", {"red_flags": None}),
    ("neck pain: not answered", {"neck_pain": None}),
    ("nerve symptoms: not answered", {"nerve_symptoms": None}),
)
PRECEDENCE_ROWS: Tuple[Row, ...] = (
    ("an urgent and an emergency sign", {"red_flags": ["fever_or_chills", "chest_pain"]}),
    ("an urgent sign and neck pain", {"red_flags": ["weight_loss"], "neck_pain": True}),
    (
        "an emergency sign before the other questions are answered",
        {"red_flags": ["chest_pain"], "neck_pain": None, "nerve_symptoms": None},
    ),
    ("the same sign twice", {"red_flags": ["fever_or_chills", "fever_or_chills"]}),
    ("when the knot started is known", {"knot_since": "2026-10-17"}),
    ("neck pain, and when the knot started", {"neck_pain": True, "knot_since": "2026-10-17"}),
)
FOLLOW_UP_ROWS: Tuple[Row, ...] = (
    ("worse, 3 days in", {"routine_days": 3, "routine_progress": "worse"}),
    (f"no better, {DAYS - 1} days in", {"routine_days": DAYS - 1, "routine_progress": "same"}),
    (f"no better, {DAYS} days in", {"routine_days": DAYS, "routine_progress": "same"}),
    ("better, 14 days in", {"routine_days": 14, "routine_progress": "better"}),
    (
        "better, but neck pain was reported before",
        {"routine_days": 7, "routine_progress": "better", "neck_pain": True},
    ),
    (
        "better, and now an urgent sign",
        {"routine_days": 10, "routine_progress": "better", "red_flags": ["fever_or_chills"]},
    ),
)


def red_flag_rows() -> Tuple[Row, ...]:
    """One row per red flag of triage/red_flags.py, in its order."""
    return tuple((flag.described_as, {"red_flags": [flag.id]}) for flag in red_flags.RED_FLAGS)


SECTIONS: Tuple[Tuple[str, Tuple[Row, ...]], ...] = (
    ("The home routine", SELF_CARE_ROWS),
    ("Red flags, as the assistant names them: each escalates to its level", red_flag_rows()),
    ("Reasons to see a professional", SEE_PROFESSIONAL_ROWS),
    ("Unclear or unanswered questions: the cautious answer", CAUTIOUS_ROWS),
    ("The most urgent level wins", PRECEDENCE_ROWS),
    ("Follow-ups on the routine", FOLLOW_UP_ROWS),
)


def spelled(changes: Dict[str, Any]) -> str:
    """`field=value` pairs as Python literals, as the answers column shows them."""
    return ", ".join(f"{name}={_literal(value)}" for name, value in changes.items())


def _literal(value: Any) -> str:
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(repr(item) for item in sorted(value)) + "}"
    return repr(value)


def answers(changes: Dict[str, Any]) -> Answers:
    """The answers of a row: the clear ones with its changes."""
    merged = {**CLEAR, **changes}
    merged["unsure"] = frozenset(merged.get("unsure", ()))
    return Answers(**merged)


def _code(text: str) -> str:
    return f"`{text}`" if text else ""


def render() -> str:
    """The page, docs/decision-table.md."""
    levels = ", ".join(_code(level) for level in LEVELS)
    intro = (
        f"What `decide` in `triage/decision.py` gives for a set of answers: the triage level "
        f"(the `triage_outcome` slot) and the reasons (`triage_reasons`). The levels, most "
        f"urgent first: {levels}. The most urgent level that applies wins and its reasons "
        f"come first; when the knot started is the last reason.",
        "Every row starts from the starting answers and changes what its answers column "
        "says. `None` is a question not answered yet; `unsure` holds the questions still "
        "unclear after two tries; `routine_days` counts the days since the routine started "
        f"(after {ROUTINE_TRIAL_DAYS} days, no better means it is not working).",
        "Written by `python -m triage.decision_table > docs/decision-table.md`; "
        "`tests/triage/test_decision_table.py` checks every row against the code.",
    )
    lines = ["# The decision table"]
    for paragraph in intro:
        lines += ["", textwrap.fill(paragraph, width=88)]
    lines += ["", f"{STARTING}{_code(spelled(CLEAR))}"]
    for section, section_rows in SECTIONS:
        lines += ["", f"## {section}", "", "| situation | answers | level | reasons |"]
        lines.append("|---|---|---|---|")
        for situation, changes in section_rows:
            decision = decide(answers(changes))
            reasons = ", ".join(_code(reason) for reason in decision.reasons)
            lines.append(
                f"| {situation} | {_code(spelled(changes))} | {_code(decision.level)} | {reasons} |"
            )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render(), end="")
