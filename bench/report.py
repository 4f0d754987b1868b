"""The benchmark's figures, tables and targets: pure functions, no servers."""

from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from bench.long_conversation import EARLY, LATE, TARGET_RATIO, Curve

# Issue #7's targets, measured on the 2-core machine with both configurations in one run.
TARGET_CONCURRENCY = 50
TARGET_SPEEDUP = 3.0
TARGET_P95_MS = 300.0
TARGET_TRAINING_S = 60.0
TARGET_START_S = 15.0
TARGET_RSS_MB = 700.0
TARGET_MACRO_F1 = 0.95
# Issue #17: Rasa CPU per turn at most this share of today's, at these concurrencies.
TARGET_CPU_SHARE = 0.5
LEAN_CONCURRENCY = (1, 50)


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
    # issue #17: the 300-turn coach conversation, latency of each turn in seconds (None: failed)
    curve: List[Optional[float]] = field(default_factory=list)
    curve_cpu_ms: Optional[float] = None  # Rasa CPU ms per turn over that conversation

    @property
    def long_conversation(self) -> Curve:
        return Curve(latencies=list(self.curve))

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
            f"| {figures.start_s:.1f} | {figures.peak_rss_mb:.0f} "
            f"| {cell(low.get('p50_ms'), '{:.0f}')} "
            f"| {load['turns_per_s']:.1f} "
            f"| {cell(ratio(load['turns_per_s'], reference.get('turns_per_s')), '{:.2f}x')} "
            f"| {load['p95_ms']:.0f} | {figures.failed} | {cell(load.get('rasa_cpu_ms'))} "
            f"| {cell(ratio(load.get('rasa_cpu_ms'), reference.get('rasa_cpu_ms')), '{:.2f}x')} "
            f"| {cell(figures.nlu_macro_f1, '{:.3f}')} | {cell(figures.nlu_accuracy, '{:.3f}')} |"
        )
    return "\n".join(lines)


def _window(first: int, last: int) -> str:
    return f"turns {first}-{last}"


def turn_cost_table(rows: Sequence[Figures], size: int = 50) -> str:
    """Median turn latency (ms) per window of `size` turns of the long conversation,
    one column per row, then the late/early ratio and the CPU per turn."""
    measured = [f for f in rows if f.curve]
    if not measured:
        return ""
    lines = [
        "| turns | " + " | ".join(f"{f.name} median ms" for f in measured) + " |",
        "|---|" + "---:|" * len(measured),
    ]
    for first, last, _ in measured[0].long_conversation.windows(size):
        cells = [cell(f.long_conversation.median_ms(first, last), "{:.0f}") for f in measured]
        lines.append(f"| {first}-{last} | " + " | ".join(cells) + " |")
    ratios = [cell(f.long_conversation.ratio(), "{:.2f}") for f in measured]
    lines.append(f"| median {_window(*LATE)} / {_window(*EARLY)} | " + " | ".join(ratios) + " |")
    failed = [str(sum(t is None for t in f.curve)) for f in measured]
    lines.append("| failed turns | " + " | ".join(failed) + " |")
    cpu = [cell(f.curve_cpu_ms) for f in measured]
    lines.append("| Rasa CPU ms/turn | " + " | ".join(cpu) + " |")
    return "\n".join(lines)


def turn_cost_targets(ours: Figures, today: Figures) -> List[Tuple[str, str, bool]]:
    """Issue #17's targets: (target, what was measured, met?)."""
    flat = ours.long_conversation.ratio()
    rows = [
        (
            f"flat: median of {_window(*LATE)} <= {TARGET_RATIO:g}x that of {_window(*EARLY)} "
            "(one 300-turn conversation)",
            f"{cell(flat, '{:.2f}x')} (today {cell(today.long_conversation.ratio(), '{:.2f}x')})",
            flat is not None and flat <= TARGET_RATIO,
        )
    ]
    for c in LEAN_CONCURRENCY:
        mine = ours.load.get(c, {}).get("rasa_cpu_ms")
        theirs = today.load.get(c, {}).get("rasa_cpu_ms")
        share = ratio(mine, theirs)
        rows.append(
            (
                f"lean: C={c} Rasa CPU ms/turn <= {TARGET_CPU_SHARE:g}x today's",
                f"{cell(mine)} vs {cell(theirs)} ms ({cell(share, '{:.2f}x')})",
                share is not None and share <= TARGET_CPU_SHARE,
            )
        )
    failed = ours.failed + sum(t is None for t in ours.curve)
    rows.append(("0 failed turns", f"{failed}", failed == 0))
    rows.append(
        (
            "every triage reaches its level",
            f"{ours.reached}/{ours.conversations}",
            ours.conversations > 0 and ours.reached == ours.conversations,
        )
    )
    return rows


def turn_cost_candidates_table(
    rows: Mapping[str, Figures], tried: Sequence[Tuple[Figures, str, str]]
) -> str:
    """One row per measured configuration of issue #17, against the row named `vs`."""
    lines = [
        "| candidate | change | vs | C=1 Rasa CPU ms/turn | C=50 Rasa CPU ms/turn | CPU vs "
        f"| C=50 turns/s | C=50 p95 ms | {_window(*EARLY)} median ms "
        f"| {_window(*LATE)} median ms | late/early | long conversation CPU ms/turn "
        "| failed turns | triages at their level |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for figures, change, against in tried:
        reference = rows[against] if against in rows else Figures(against)
        c1, c50 = figures.load.get(1, {}), figures.load.get(50, {})
        curve = figures.long_conversation
        share = ratio(c50.get("rasa_cpu_ms"), reference.load.get(50, {}).get("rasa_cpu_ms"))
        lines.append(
            f"| {figures.name} | {change} | {against} | {cell(c1.get('rasa_cpu_ms'))} "
            f"| {cell(c50.get('rasa_cpu_ms'))} | {cell(share, '{:.2f}x')} "
            f"| {cell(c50.get('turns_per_s'))} | {cell(c50.get('p95_ms'), '{:.0f}')} "
            f"| {cell(curve.median_ms(*EARLY), '{:.0f}')} "
            f"| {cell(curve.median_ms(*LATE), '{:.0f}')} | {cell(curve.ratio(), '{:.2f}')} "
            f"| {cell(figures.curve_cpu_ms)} "
            f"| {figures.failed + sum(t is None for t in figures.curve)} "
            f"| {figures.reached}/{figures.conversations} |"
        )
    return "\n".join(lines)
