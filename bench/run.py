"""`make bench`: our configuration against Rasa's default, in one run.

Trains both from the same data (into a temp dir; models/triage.tar.gz is never
touched), starts each with its action server on loopback, runs the same REST
load at 1, 10 and 50 concurrent conversations, and reports throughput, latency
percentiles, failed turns, CPU per turn, training time, start time, peak memory
and NLU cross-validation scores. Then measures the candidates of
`bench/candidates.py` the same way. Writes docs/performance.md and
docs/latency.png; the notes below the NOTES marker in docs/performance.md are
kept.

Issue #17's turn cost is measured in every run: one 300-turn coach conversation
(latency per turn, docs/latency-by-turn.png) and Rasa's CPU per turn, for ours and
for today's configuration (main before #17). `--turn-cost` measures only that
(no default, no cross-validation) and rewrites only its section.

    python -m bench.run [--quick | --turn-cost] [--candidates all|none|NAME,...] [--no-docs]
"""

import argparse
import asyncio
import contextlib
import dataclasses
import json
import os
import platform
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, Iterator, List, NamedTuple, Optional, Sequence, Tuple

import yaml

from bench.candidates import (
    BEFORE_17,
    CANDIDATES,
    SHIPPED,
    TURN_COST_CANDIDATES,
    Candidate,
    Runtime,
    by_name,
)
from bench.load import SCRIPTS, LoadResult, outcomes, run_load
from bench.long_conversation import EARLY, LATE, TURNS, run_conversation, smoothed
from bench.report import (
    Figures,
    candidates_table,
    comparison_table,
    targets,
    targets_table,
    turn_cost_candidates_table,
    turn_cost_table,
    turn_cost_targets,
)
from launcher.servers import LOOPBACK, NO_TELEMETRY, ROOT, ServerError, free_port, running, stop

CONFIGS = {"ours": ROOT / "config.yml", "default": ROOT / "bench" / "config_default.yml"}
CONCURRENCY = (1, 10, 50)
DOCS = ROOT / "docs"
RAW = ROOT / "results" / "bench" / "figures.json"
NOTES = "<!-- Notes below this line are written by hand; `make bench` keeps them. -->"
TURN_COST_BEGIN = "<!-- Turn cost (issue #17): written by `make bench` and `--turn-cost`. -->"
TURN_COST_END = "<!-- End of the turn cost section. -->"


def conversations_for(concurrency: int, quick: bool) -> int:
    """How many full triages one load run plays: bounded, and each script at least once."""
    if quick:
        return max(concurrency, len(SCRIPTS))
    return max(2 * concurrency, 3 * len(SCRIPTS))


def _env(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    return {**os.environ, **NO_TELEMETRY, "RASA_MAX_CACHE_SIZE": "0", **(extra or {})}


# `rasa test nlu --cross-validation` shuffles its folds with numpy's global random state
# and has no seed option: seeded here, every configuration is tested on the same folds.
SEEDED_RASA = (
    "import sys, random, numpy; random.seed(0); numpy.random.seed(0); "
    "from rasa.__main__ import main; sys.argv[0] = 'rasa'; sys.exit(main())"
)


def _rasa(arguments: Sequence[str], log: Path) -> None:
    """Run the rasa CLI (seeded) from the project folder; its output goes to `log`."""
    with log.open("wb") as output:
        finished = subprocess.run(
            [sys.executable, "-c", SEEDED_RASA, *arguments],
            cwd=ROOT,
            env=_env(),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    if finished.returncode:
        tail = log.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"`rasa {' '.join(arguments[:2])}` failed:\n{tail}")


def write_config(config: Dict, path: Path) -> Path:
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


def train(config: Path, out: Path) -> Tuple[Path, float]:
    """Train from `config` (a copy: Rasa writes its defaults into an empty config)."""
    out.mkdir(parents=True, exist_ok=True)
    copy = out / "config.yml"
    if config != copy:
        shutil.copyfile(config, copy)
    started = time.perf_counter()
    _rasa(
        ["train", "--config", str(copy), "--out", str(out), "--fixed-model-name", "model"],
        out / "train.log",
    )
    return out / "model.tar.gz", time.perf_counter() - started


def nlu_scores(config: Path, out: Path, folds: int) -> Tuple[float, float, List]:
    """Macro-F1 and accuracy of the intents, `rasa test nlu --cross-validation`, and the
    five intents with the lowest F1 as (intent, F1, examples)."""
    out.mkdir(parents=True, exist_ok=True)
    copy = out / "config.yml"
    shutil.copyfile(config, copy)
    _rasa(
        [
            "test",
            "nlu",
            "--config",
            str(copy),
            "--nlu",
            "data/nlu",
            "--cross-validation",
            "--folds",
            str(folds),
            "--out",
            str(out / "results"),
            "--no-plot",
        ],
        out / "test.log",
    )
    report = json.loads((out / "results" / "intent_report.json").read_text())
    intents = [
        (name, scores["f1-score"], scores["support"])
        for name, scores in report.items()
        if isinstance(scores, dict)
        and "support" in scores
        and name not in ("macro avg", "weighted avg", "micro avg")
    ]
    weakest = sorted(intents, key=lambda intent: intent[1])[:5]
    return report["macro avg"]["f1-score"], report["accuracy"], weakest


# --- processes ------------------------------------------------------------------------


def descendants(pid: int) -> List[int]:
    """`pid` and every process below it (Sanic workers are children of `rasa run`)."""
    parents: Dict[int, List[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += parents.get(current, [])
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of `pid` and its descendants."""
    total = 0.0
    for each in descendants(pid):
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of `pid`, summed over its descendants."""
    total = 0
    for each in descendants(pid):
        try:
            lines = Path(f"/proc/{each}/status").read_text().splitlines()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in lines if line.startswith("VmHWM:")), 0)
    return total / 1024


class Served(NamedTuple):
    url: str
    token: str
    rasa_pid: int
    actions_pid: int


@contextlib.contextmanager
def redis_server() -> Iterator[Dict[str, str]]:
    """A throwaway redis-server on loopback for the Redis lock store."""
    binary = shutil.which("redis-server")
    if not binary:
        raise ServerError("redis-server is missing: run `make services`")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", LOOPBACK, "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            with contextlib.suppress(OSError), socket.create_connection((LOOPBACK, port), 1) as s:
                s.sendall(b"PING\r\n")
                if s.recv(16).startswith(b"+PONG"):
                    break
            time.sleep(0.1)
        else:
            raise ServerError("redis-server did not start")
        yield {"REDIS_HOST": LOOPBACK, "REDIS_PORT": str(port)}
    finally:
        stop([process])


@contextlib.contextmanager
def serve(model: Path, runtime: Runtime, workdir: Path) -> Iterator[Served]:
    """The action server and Rasa server for `model`, run the way `runtime` says."""
    workdir.mkdir(parents=True, exist_ok=True)
    # As `make run` runs it out of the box (SQLite, one worker), whatever this shell sets.
    env = {"DB_HOST": "", "REDIS_HOST": "", "SANIC_WORKERS": "1", **runtime.env}
    with contextlib.ExitStack() as stack:
        if runtime.redis_lock_store:
            env.update(stack.enter_context(redis_server()))
        servers = stack.enter_context(
            running(
                free_port(),
                free_port(),
                model=model,
                workdir=workdir,
                env=env,
                tracker_store=not runtime.memory_tracker_store,
            )
        )
        yield Served(
            servers.rasa_url, servers.token, servers.processes[1].pid, servers.processes[0].pid
        )


def measure_serving(
    figures: Figures,
    model: Path,
    runtime: Runtime,
    workdir: Path,
    concurrency: Sequence[int],
    quick: bool,
    think: float = 0.0,
    long_turns: int = 0,
) -> None:
    """Start time, the loads, CPU per turn, outcomes and peak RSS, into `figures`; with
    `long_turns`, also the latency of each turn of one long coach conversation."""
    before = os.getloadavg()[0]
    started = time.perf_counter()
    with serve(model, runtime, workdir) as served:
        figures.start_s = time.perf_counter() - started
        # Warm-up, not measured: one conversation of each script (first predictions are slow).
        asyncio.run(run_load(served.url, 1, len(SCRIPTS)))
        if long_turns:
            cpu = cpu_seconds(served.rasa_pid)
            curve = asyncio.run(run_conversation(served.url, long_turns))
            figures.curve = curve.latencies
            figures.curve_cpu_ms = 1000 * (cpu_seconds(served.rasa_pid) - cpu) / long_turns
            if curve.failures:
                print(f"  {figures.name} long conversation: failed {curve.failures}", flush=True)
        for c in concurrency:
            cpu = cpu_seconds(served.rasa_pid), cpu_seconds(served.actions_pid)
            result: LoadResult = asyncio.run(
                run_load(served.url, c, conversations_for(c, quick), think=think)
            )
            summary = result.summary()
            turns = max(result.turns, 1)
            summary["rasa_cpu_ms"] = 1000 * (cpu_seconds(served.rasa_pid) - cpu[0]) / turns
            summary["actions_cpu_ms"] = 1000 * (cpu_seconds(served.actions_pid) - cpu[1]) / turns
            figures.load[c] = summary
            tally = asyncio.run(outcomes(served.url, served.token, result.senders))
            figures.reached += tally["reached"]
            figures.conversations += len(result.senders)
            if result.failures:
                print(f"  {figures.name} C={c}: failed turns {dict(result.failures)}", flush=True)
        figures.peak_rss_mb = peak_rss_mb(served.rasa_pid)
    figures.load_average = (before, os.getloadavg()[0])


def measure(
    name: str,
    config: Path,
    runtime: Runtime,
    workdir: Path,
    args,
    model: Optional[Path] = None,
    think: float = 0.0,
    concurrency: Optional[Sequence[int]] = None,
    long_turns: int = 0,
) -> Tuple[Figures, Path]:
    """Train (unless `model` is given), serve and load, cross-validate (not for
    `--turn-cost`)."""
    figures = Figures(name)
    if model is None:
        model, figures.training_s = train(config, workdir / "model")
        if not args.turn_cost:
            figures.nlu_macro_f1, figures.nlu_accuracy, figures.weakest_intents = nlu_scores(
                config, workdir / "nlu", args.folds
            )
    measure_serving(
        figures,
        model,
        runtime,
        workdir / "servers",
        concurrency or args.concurrency,
        args.quick,
        think,
        long_turns,
    )
    return figures, model


# --- output ---------------------------------------------------------------------------


def machine() -> str:
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next(
        (line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")),
        "unknown CPU",
    )
    memory = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    return (
        f"{os.cpu_count()} cores (nproc), {cpu}, {memory / 1024 / 1024:.1f} GiB memory, "
        f"Linux {platform.release()}, Python {platform.python_version()}"
    )


def plot(rows: Sequence[Figures], concurrency: Sequence[int], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(7, 4.5))
    for index, figures in enumerate(rows):
        colour = f"C{index}"
        axis.plot(
            concurrency,
            [figures.load[c]["p95_ms"] for c in concurrency],
            marker="o",
            color=colour,
            label=f"{figures.name} p95",
        )
        axis.plot(
            concurrency,
            [figures.load[c]["p50_ms"] for c in concurrency],
            marker=".",
            linestyle="--",
            color=colour,
            label=f"{figures.name} p50",
        )
    axis.axhline(300, color="grey", linewidth=0.8, linestyle=":", label="target p95 300 ms")
    axis.set_xlabel("concurrent conversations (closed loop, no think time)")
    axis.set_ylabel("turn latency, client side (ms)")
    axis.set_xscale("log")
    axis.set_yscale("log")
    axis.set_xticks(list(concurrency))
    axis.set_xticklabels([str(c) for c in concurrency])
    axis.legend(fontsize=7)
    axis.grid(True, which="both", alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def plot_curve(rows: Sequence[Figures], path: Path) -> None:
    """Latency against turn number in the long conversation: each turn faint, a running
    median over 9 turns drawn over it; the two compared windows shaded."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(8, 4.5))
    for index, figures in enumerate(row for row in rows if row.curve):
        turns = range(1, len(figures.curve) + 1)
        in_ms = [None if t is None else 1000 * t for t in figures.curve]
        colour = f"C{index}"
        axis.plot(turns, in_ms, color=colour, alpha=0.25, linewidth=0.6)
        axis.plot(
            turns,
            smoothed(in_ms),
            color=colour,
            linewidth=1.6,
            label=f"{figures.name} (running median of 9 turns)",
        )
    for first, last in (EARLY, LATE):
        axis.axvspan(first, last, color="grey", alpha=0.08)
    axis.set_xlabel("turn number in one conversation (triage, then the coach: next, back, repeat)")
    axis.set_ylabel("turn latency, client side (ms)")
    axis.set_ylim(bottom=0)
    axis.legend(fontsize=8)
    axis.grid(True, alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def turn_cost_section(
    command: str,
    rows: Dict[str, Figures],
    tried: List[Tuple[Figures, str, str]],
    started: datetime,
    turns: int,
) -> str:
    """The issue #17 section of docs/performance.md, between its markers."""
    ours, today = rows["ours"], rows[BEFORE_17]
    measured = [ours, *[t[0] for t in tried]]
    return "\n".join(
        [
            TURN_COST_BEGIN,
            "## Turn cost over a long conversation (issue #17)",
            "",
            f"- Measured {started:%Y-%m-%d %H:%M} UTC with {command}; 1-minute load average "
            f"before→after: {load_averages(measured)}",
            f"- One conversation of {turns} turns over REST (`bench/long_conversation.py`): the "
            "self-care triage, then the coach's next, next, back, repeat, next, next over and "
            "over, each message sent when the reply to the previous one is in. The same "
            "conversation is played against ours and against today's configuration "
            f"(`{BEFORE_17}`: main as served before issue #17), each on a fresh server, "
            "in the same run. CPU ms/turn is the Rasa server's user+system time per turn "
            "(from /proc), the figure least moved by other work on the shared machine; the "
            "C=1 and C=50 loads are the triage load above.",
            "",
            "![turn latency against turn number](latency-by-turn.png)",
            "",
            turn_cost_table([ours, today]),
            "",
            "### Targets (issue #17)",
            "",
            targets_table(turn_cost_targets(ours, today)),
            "",
            "### What was tried (issue #17)",
            "",
            "Each change switched off on its own (`launcher/endpoints.py`, "
            "`launcher/rasa_main.py`), and all of them together (today's configuration), "
            "each compared with ours.",
            "",
            turn_cost_candidates_table(rows, tried),
            TURN_COST_END,
        ]
    )


def with_turn_cost_section(document_text: str, section: str) -> str:
    """`document_text` with its turn cost section replaced by `section` (or added before
    the hand-written notes)."""
    if TURN_COST_BEGIN in document_text and TURN_COST_END in document_text:
        head, rest = document_text.split(TURN_COST_BEGIN, 1)
        return head + section + rest.split(TURN_COST_END, 1)[1]
    if NOTES in document_text:
        head, notes = document_text.split(NOTES, 1)
        return head.rstrip() + "\n\n" + section + "\n\n" + NOTES + notes
    return document_text.rstrip() + "\n\n" + section + "\n"


def save_raw(rows: Dict[str, Figures]) -> None:
    """Every figure so far, to results/bench/figures.json (kept if a later step fails)."""
    RAW.parent.mkdir(parents=True, exist_ok=True)
    RAW.write_text(json.dumps({name: dataclasses.asdict(f) for name, f in rows.items()}, indent=1))


def kept_notes(path: Path) -> str:
    if path.exists() and NOTES in path.read_text():
        return path.read_text().split(NOTES, 1)[1].strip()
    return ""


def load_averages(rows: Sequence[Figures]) -> str:
    return "; ".join(f"{f.name} {f.load_average[0]:.1f}→{f.load_average[1]:.1f}" for f in rows)


def document(
    command: str,
    args,
    rows: Dict[str, Figures],
    tried: List[Tuple[Figures, str, str]],
    started: datetime,
    minutes: float,
    turn_cost: str = "",
) -> str:
    ours, default = rows["ours"], rows["default"]
    conversations = ", ".join(
        f"C={c}: {conversations_for(c, args.quick)}" for c in args.concurrency
    )
    scripts = "; ".join(
        f"{s.name} ({len(s.messages)} turns, ends at `{s.outcome}`)" for s in SCRIPTS
    )
    parts = [
        "# Performance: our configuration against Rasa's default",
        "",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC ({minutes:.0f} min for the whole run)",
        f"- Machine: {machine()}; shared with other engineers' test runs (see the load "
        "averages below), so absolute figures are pessimistic and vary between runs.",
        f"- Command: {command}",
        "- 1-minute load average before→after each measurement: "
        + load_averages([ours, default, *[t[0] for t in tried]]),
        "",
        "Both configurations are trained from the same `domain.yml` and `data/` in a temp dir, "
        "and served one after the other the way `make run` serves them (`launcher/servers.py`: "
        "action server, Rasa started through `launcher/rasa_main.py` (action server answers "
        "validated with validators built once), REST channel, SQLite tracker store, one "
        "Sanic worker). "
        "`default` is `bench/config_default.yml` (what `rasa init` writes: Rasa fills in its "
        "default pipeline and policies, so no ClinicalEntityExtractor and the custom slot "
        "logic sees no clinical entities).",
        "",
        f"Load (`bench/load.py`): C concurrent conversations over REST, each a full triage "
        f"with realistic answers, waiting for each reply before the next message (closed "
        f"loop, no think time, so C=50 keeps 50 turns in flight and the mean latency is "
        f"50 / turns per second); conversations per C: {conversations}; scripts: {scripts}. "
        "Latency per turn is measured in the client; a turn fails on a non-200 answer, an "
        "exception or an empty reply. One unmeasured conversation per script warms each "
        "server up. CPU ms/turn is user+system time of the process (and its children) "
        "per turn, the figure least affected by other work on the machine. Peak RSS is "
        "`VmHWM` of the Rasa server process (summed over its worker processes, if any). "
        f"NLU: `rasa test nlu --cross-validation --folds {args.folds}` on `data/nlu` "
        "(intent_report.json: macro avg F1 and accuracy), with numpy's random state seeded "
        "so that every configuration is tested on the same folds (Rasa shuffles them "
        "unseeded; unseeded, our macro-F1 moved between 0.77 and 0.80 from run to run).",
        "",
        "## Our configuration against the default",
        "",
        comparison_table(ours, default, args.concurrency),
        "",
        "![turn latency against concurrency](latency.png)",
        "",
        "## Targets (issue #7)",
        "",
        targets_table(targets(ours, default, rows.get("default on plain rasa"))),
        "",
        "Lowest intent F1 in the cross-validation: "
        + "; ".join(
            f"{f.name}: "
            + ", ".join(f"`{i}` {f1:.2f} ({n} examples)" for i, f1, n in f.weakest_intents)
            for f in (ours, default)
            if f.weakest_intents
        )
        + ".",
    ]
    if tried:
        parts += [
            "",
            "## What was tried",
            "",
            "Measured in the same run; each row is compared with the row named in `vs`. "
            "Pipeline candidates are trained from a changed copy of `config.yml` in a temp "
            "dir; config.yml itself is unchanged.",
            "",
            candidates_table(rows, tried),
        ]
    if turn_cost:
        parts += ["", turn_cost]
    notes = kept_notes(DOCS / "performance.md")
    parts += ["", NOTES, "", notes] if notes else ["", NOTES]
    return "\n".join(parts).rstrip() + "\n"


def chosen_candidates(args) -> List[Candidate]:
    """The candidates of this run. Today's configuration (issue #17) is always measured:
    its targets compare with it; `--turn-cost` measures only issue #17's candidates."""
    chosen = args.candidates or ("none" if args.quick else "all")
    if args.turn_cost and args.candidates is None:
        return list(TURN_COST_CANDIDATES)
    picked: List[Candidate] = (
        []
        if chosen == "none"
        else CANDIDATES + TURN_COST_CANDIDATES
        if chosen == "all"
        else by_name([n.strip() for n in chosen.split(",")])
    )
    if not any(candidate.name == BEFORE_17 for candidate in picked):
        picked.append(by_name([BEFORE_17])[0])
    return picked


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="fewer conversations, 2 folds, no candidates but today's (a rough check)",
    )
    parser.add_argument(
        "--turn-cost",
        action="store_true",
        help="only issue #17: ours (trained, not cross-validated) against today's "
        "configuration and each change switched off; rewrites only that section of "
        "docs/performance.md (about 15 min)",
    )
    parser.add_argument(
        "--candidates",
        default=None,
        help="'all' (default), 'none', or comma-separated names from bench/candidates.py",
    )
    parser.add_argument("--folds", type=int, default=None, help="cross-validation folds (5)")
    parser.add_argument("--concurrency", default="1,10,50", help="comma-separated, default 1,10,50")
    parser.add_argument(
        "--turns", type=int, default=TURNS, help=f"turns of the long conversation ({TURNS})"
    )
    parser.add_argument("--no-docs", action="store_true", help="print only; leave docs/ alone")
    args = parser.parse_args(argv)
    args.concurrency = tuple(int(c) for c in args.concurrency.split(","))
    if args.turn_cost:
        args.concurrency = tuple(c for c in args.concurrency if c in (1, 50))
    args.folds = args.folds or (2 if args.quick else 5)
    candidates = chosen_candidates(args)
    if 50 not in args.concurrency:
        parser.error("the targets are at C=50: keep 50 in --concurrency")
    if args.turns < LATE[1]:
        parser.error(f"--turns must be at least {LATE[1]}: the targets compare turns {LATE}")
    given = " ".join(shlex.quote(a) for a in (sys.argv[1:] if argv is None else argv))
    command = (
        f"`python -m bench.run {given}`"
        if given
        else "`make bench` (that is, `python -m bench.run`)"
    )

    started_at, clock = datetime.now(timezone.utc), time.perf_counter()
    rows: Dict[str, Figures] = {}
    models: Dict[str, Path] = {}
    tried: List[Tuple[Figures, str, str]] = []
    configs = {"ours": CONFIGS["ours"]} if args.turn_cost else CONFIGS
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        for name, config in configs.items():
            print(f"measuring {name} ({config.relative_to(ROOT)}) ...", flush=True)
            rows[name], models[name] = measure(
                name,
                config,
                SHIPPED,
                Path(scratch) / name,
                args,
                long_turns=args.turns if name == "ours" else 0,
            )
            save_raw(rows)
        for index, candidate in enumerate(candidates):
            if candidate.runtime.redis_lock_store and not shutil.which("redis-server"):
                print(f"skipping candidate {candidate.name}: no redis-server (make services)")
                continue
            print(f"measuring candidate {candidate.name} ...", flush=True)
            workdir = Path(scratch) / f"candidate-{index}"
            workdir.mkdir()
            config, model = CONFIGS[candidate.base], models[candidate.base]
            if candidate.pipeline is not None:
                changed = candidate.pipeline(yaml.safe_load(CONFIGS[candidate.base].read_text()))
                config, model = write_config(changed, workdir / "candidate.yml"), None
            figures, _ = measure(
                candidate.name,
                config,
                candidate.runtime,
                workdir,
                args,
                model,
                candidate.think,
                candidate.concurrency,
                args.turns if candidate.long_conversation else 0,
            )
            rows[candidate.name] = figures
            save_raw(rows)
            tried.append((figures, candidate.change, candidate.against))
    minutes = (time.perf_counter() - clock) / 60

    turn_cost_names = {candidate.name for candidate in TURN_COST_CANDIDATES}
    tried_17 = [t for t in tried if t[0].name in turn_cost_names]
    tried = [t for t in tried if t[0].name not in turn_cost_names]
    ours = rows["ours"]
    print()
    print(f"{machine()}; 1-minute load average before→after: {load_averages(list(rows.values()))}")
    if not args.turn_cost:
        default = rows["default"]
        print()
        print(comparison_table(ours, default, args.concurrency))
        print()
        print(targets_table(targets(ours, default, rows.get("default on plain rasa"))))
        if tried:
            print()
            print(candidates_table(rows, tried))
    print(f"\nTurn cost over one {args.turns}-turn conversation (issue #17):\n")
    print(turn_cost_table([ours, rows[BEFORE_17]]))
    print()
    print(targets_table(turn_cost_targets(ours, rows[BEFORE_17])))
    print()
    print(turn_cost_candidates_table(rows, tried_17))
    if not args.no_docs:
        DOCS.mkdir(exist_ok=True)
        section = turn_cost_section(command, rows, tried_17, started_at, args.turns)
        plot_curve([ours, rows[BEFORE_17]], DOCS / "latency-by-turn.png")
        path = DOCS / "performance.md"
        if args.turn_cost:
            path.write_text(with_turn_cost_section(path.read_text(), section))
        else:
            shown = [ours, rows["default"]] + [
                rows[n] for n in ("ours on plain rasa", "default on plain rasa") if n in rows
            ]
            plot(shown, args.concurrency, DOCS / "latency.png")
            path.write_text(document(command, args, rows, tried, started_at, minutes, section))
        print(f"\nwrote {path} and the plots in {DOCS} ({minutes:.0f} min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
