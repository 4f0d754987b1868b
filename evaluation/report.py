"""The figures as plain-text tables, then the targets."""

import textwrap
from typing import List, Sequence

from evaluation.figures import COLUMNS, Figures, targets
from evaluation.loader import LEVELS


def table(header: Sequence[str], rows: Sequence[Sequence[object]], align: str = "") -> str:
    """A fixed-width table; `align` has "l" or "r" per column (default: first
    column left, the others right)."""
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    align = align or "l" + "r" * (len(header) - 1)

    def line(row: List[str]) -> str:
        return "  ".join(
            cell.ljust(widths[i]) if align[i] == "l" else cell.rjust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(cells[0]), rule] + [line(row) for row in cells[1:]])


def _ids(ids: Sequence[str]) -> str:
    return ", ".join(ids) if ids else "-"


def _listed(label: str, ids: Sequence[str]) -> str:
    """`label: a, b, c` wrapped at 100 columns, indented under the label."""
    return textwrap.fill(
        f"{label}: {_ids(ids)}", width=100, subsequent_indent="    ", break_on_hyphens=False
    )


def _rate(count: int, total: int) -> str:
    return f"{count / total:.1%}" if total else "-"


def render(figures: Figures) -> str:
    """The whole report as text."""
    n = figures.cases
    parts = [
        f"Cases: {n}",
        f"Right level: {figures.correct} of {n} ({_rate(figures.correct, n)})",
        "",
        "Confusion (rows: expected, columns: final level)",
        table(
            ["expected \\ got", *COLUMNS, "total"],
            [
                [
                    level,
                    *(figures.confusion[level][c] for c in COLUMNS),
                    sum(figures.confusion[level].values()),
                ]
                for level in list(LEVELS) + sorted(set(figures.confusion) - set(LEVELS))
            ],
        ),
        "",
        table(
            ["safety", "count", "rate"],
            [
                [
                    "under-triage (less urgent than expected; no outcome counts)",
                    len(figures.under_triage),
                    _rate(len(figures.under_triage), n),
                ],
                [
                    "over-triage (more urgent than expected)",
                    len(figures.over_triage),
                    _rate(len(figures.over_triage), n),
                ],
                [
                    "no outcome within 12 turns (or a failed call)",
                    len(figures.no_outcome),
                    _rate(len(figures.no_outcome), n),
                ],
                [
                    "conversations with a failed call",
                    len(figures.errors),
                    _rate(len(figures.errors), n),
                ],
            ],
        ),
        _listed("Under-triaged", figures.under_triage),
        _listed("Over-triaged", figures.over_triage),
        _listed("No outcome", figures.no_outcome),
        _listed("Failed calls", figures.errors),
        "",
        table(
            ["questions", "value"],
            [
                ["mean questions asked per conversation", f"{figures.mean_questions:.2f}"],
                [
                    "mean user turns to the first outcome",
                    "-"
                    if figures.mean_turns_to_first is None
                    else f"{figures.mean_turns_to_first:.2f}",
                ],
                [
                    "longest run of the same question in a row",
                    f"{figures.longest_run.length}"
                    + (f" ({figures.longest_run.case_id})" if figures.longest_run.case_id else ""),
                ],
                [
                    "cases asking one question more than twice in a row",
                    f"{len(figures.repeating_cases)}",
                ],
            ],
        ),
    ]
    if figures.longest_run.length > 1:
        parts.append(f"Longest repeated question: {figures.longest_run.question[:160]!r}")
    if figures.repeating_cases:
        parts.append(
            _listed("Cases asking one question 3+ times in a row", figures.repeating_cases)
        )
    parts += [
        "",
        "Per style",
        table(
            ["style", "cases", "right", "accuracy"],
            [
                [style, s.cases, s.correct, f"{s.accuracy:.1%}"]
                for style, s in figures.by_style.items()
            ],
        ),
        "",
        "Targets",
        table(
            ["target", "wanted", "got", "status"],
            [[t.name, t.wanted, t.got, "met" if t.met else "NOT met"] for t in targets(figures)],
            align="llll",
        ),
    ]
    return "\n".join(parts)
