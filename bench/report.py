"""The benchmark's figures, tables and targets: pure functions, no servers."""

from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

# Issue #7's targets, measured on the 2-core machine with both configurations in one run.
TARGET_CONCURRENCY = 50
TARGET_SPEEDUP = 3.0
TARGET_P95_MS = 300.0
TARGET_TRAINING_S = 60.0
TARGET_START_S = 15.0
TARGET_RSS_MB = 700.0
TARGET_MACRO_F1 = 0.95


@dataclass
class Figures:
    """Everything measured for one configuration (or candidate) in one run."""

    name: str
    training_s: Optional[float] = None
    start_s: float = 0.0
    peak_rss_mb: float = 0.0
    nlu_macro_f1: Optional[float] = None
    nlu_accuracy: Optional[float] = None
    # concurrency -> LoadResult.summary() plus "rasa_cpu_ms" and "actions_cpu_ms" per turn
    load: Dict[int, Dict[str, float]] = field(default_factory=dict)
    reached: int = 0  # conversations whose tracker ends at the script's triage level
    conversations: int = 0
    load_average: Tuple[float, float] = (0.0, 0.0)  # 1-minute load average before, after
    weakest_intents: List[Tuple[str, float, int]] = field(default_factory=list)  # (intent, F1, n)

    @property
    def failed(self) -> int:
        return int(sum(summary["failed"] for summary in self.load.values()))


def ratio(ours: Optional[float], default: Optional[float]) -> Optional[float]:
    """ours / default, or None when either is missing or the default is 0."""
    if ours is None or default is None or default == 0:
        return None
    return ours / default


def cell(value: Optional[float], fmt: str = "{:.1f}") -> str:
    return "-" if value is None else fmt.format(value)


LOAD_ROWS = (
    ("turns_per_s", "turns/s", "{:.1f}"),
    ("p50_ms", "p50 ms", "{:.0f}"),
    ("p95_ms", "p95 ms", "{:.0f}"),
    ("p99_ms", "p99 ms", "{:.0f}"),
    ("failed", "failed turns", "{:.0f}"),
    ("rasa_cpu_ms", "Rasa CPU ms/turn", "{:.1f}"),
    ("actions_cpu_ms", "action server CPU ms/turn", "{:.1f}"),
)


def comparison_table(ours: Figures, default: Figures, concurrency: Sequence[int]) -> str:
    """Markdown table: one row per measure, ours | default | ours/default."""
    lines = [f"| measure | {ours.name} | {default.name} | ours/default |", "|---|---:|---:|---:|"]

    def row(label: str, a: Optional[float], b: Optional[float], fmt: str) -> None:
        lines.append(
            f"| {label} | {cell(a, fmt)} | {cell(b, fmt)} | {cell(ratio(a, b), '{:.2f}')} |"
        )

    for c in concurrency:
        for key, label, fmt in LOAD_ROWS:
            row(f"C={c} {label}", ours.load[c].get(key), default.load[c].get(key), fmt)
    row("training s", ours.training_s, default.training_s, "{:.1f}")
    row("server start s", ours.start_s, default.start_s, "{:.1f}")
    row("peak RSS of Rasa MB", ours.peak_rss_mb, default.peak_rss_mb, "{:.0f}")
    row("NLU macro-F1 (cross-validation)", ours.nlu_macro_f1, default.nlu_macro_f1, "{:.3f}")
    row("NLU intent accuracy (cross-validation)", ours.nlu_accuracy, default.nlu_accuracy, "{:.3f}")
    lines.append(
        f"| triages reaching the scripted level | {ours.reached}/{ours.conversations} "
        f"| {default.reached}/{default.conversations} | - |"
    )
    return "\n".join(lines)


def targets(
    ours: Figures, default: Figures, plain_default: Optional[Figures] = None
) -> List[Tuple[str, str, bool]]:
    """Issue #7's targets: (target, what was measured, met?).

    The speed-up counts against the default served the same way as ours; with
    `plain_default` (the default as the installed `rasa run` serves it) a second
    row shows the speed-up a user of a `rasa init` bot would see.
    """
    c = TARGET_CONCURRENCY
    speedup = ratio(ours.load[c]["turns_per_s"], default.load[c]["turns_per_s"]) or 0.0
    p95 = ours.load[c]["p95_ms"]
    f1, f1_default = ours.nlu_macro_f1, default.nlu_macro_f1
    f1_met = (
        f1 is not None and f1_default is not None and f1 >= f1_default and f1 >= TARGET_MACRO_F1
    )
    rows = [
        (
            f"C={c}: turns/s >= {TARGET_SPEEDUP:g}x the default's (both served alike)",
            f"{speedup:.2f}x",
            speedup >= TARGET_SPEEDUP,
        ),
        (f"C={c}: p95 <= {TARGET_P95_MS:.0f} ms", f"{p95:.0f} ms", p95 <= TARGET_P95_MS),
        (
            f"training <= {TARGET_TRAINING_S:.0f} s",
            f"{cell(ours.training_s)} s",
            ours.training_s is not None and ours.training_s <= TARGET_TRAINING_S,
        ),
        (
            f"server start <= {TARGET_START_S:.0f} s",
            f"{ours.start_s:.1f} s",
            ours.start_s <= TARGET_START_S,
        ),
        (
            f"peak RSS <= {TARGET_RSS_MB:.0f} MB",
            f"{ours.peak_rss_mb:.0f} MB",
            ours.peak_rss_mb <= TARGET_RSS_MB,
        ),
        (
            f"NLU macro-F1 >= default's and >= {TARGET_MACRO_F1}",
            f"{cell(f1, '{:.3f}')} (default {cell(f1_default, '{:.3f}')})",
            f1_met,
        ),
        ("0 failed turns", f"{ours.failed}", ours.failed == 0),
    ]
    if plain_default is not None and c in plain_default.load:
        plain = ratio(ours.load[c]["turns_per_s"], plain_default.load[c]["turns_per_s"]) or 0.0
        rows.insert(
            1,
            (
                f"C={c}: turns/s >= {TARGET_SPEEDUP:g}x the default's as `rasa run` serves it",
                f"{plain:.2f}x",
                plain >= TARGET_SPEEDUP,
            ),
        )
    return rows


def targets_table(rows: Sequence[Tuple[str, str, bool]]) -> str:
    lines = ["| target | measured | met |", "|---|---|---|"]
    lines += [
        f"| {target} | {measured} | {'yes' if met else 'NO'} |" for target, measured, met in rows
    ]
    return "\n".join(lines)


def candidates_table(
    rows: Mapping[str, Figures],
    tried: Sequence[Tuple[Figures, str, str]],
    concurrency: int = TARGET_CONCURRENCY,
) -> str:
    """One row per candidate: what it changed, and its figures against row `vs`.

    `rows` holds every measured row by name ("ours", "default", candidates);
    `tried` is (figures, change, name of the row it is compared with).
    """
    c = concurrency
    lines = [
        f"| candidate | change | vs | training s | start s | peak RSS MB | C=1 p50 ms "
        f"| C={c} turns/s | turns/s vs | C={c} p95 ms | failed turns | Rasa CPU ms/turn "
        "| CPU vs | macro-F1 | accuracy |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for figures, change, against in tried:
        load, low = figures.load[c], figures.load.get(1, {})
        reference = rows[against].load[c] if against in rows else {}  # not measured this run
        lines.append(
            f"| {figures.name} | {change} | {against} | {cell(figures.training_s)} "
            f"| {figures.start_s:.1f} | {figures.peak_rss_mb:.0f} | {cell(low.get('p50_ms'), '{:.0f}')} "
            f"| {load['turns_per_s']:.1f} "
            f"| {cell(ratio(load['turns_per_s'], reference.get('turns_per_s')), '{:.2f}x')} "
            f"| {load['p95_ms']:.0f} | {figures.failed} | {cell(load.get('rasa_cpu_ms'))} "
            f"| {cell(ratio(load.get('rasa_cpu_ms'), reference.get('rasa_cpu_ms')), '{:.2f}x')} "
            f"| {cell(figures.nlu_macro_f1, '{:.3f}')} | {cell(figures.nlu_accuracy, '{:.3f}')} |"
        )
    return "\n".join(lines)
