"""`make bench`: our configuration against Rasa's default, in one run.

Trains both from the same data, starts each (with its action server) on
loopback, runs the same REST load at 1, 10 and 50 concurrent conversations,
and reports throughput, latency percentiles, failed turns, training time,
start time, peak memory and NLU cross-validation scores. Writes
docs/performance.md and docs/latency.png.

    python -m bench.run [--quick]
"""

import argparse
import asyncio
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List

from bench.load import percentile, run_load
from cli.servers import NO_TELEMETRY, ROOT, free_port, running

CONFIGS = {"ours": ROOT / "config.yml", "default": ROOT / "bench" / "config_default.yml"}
CONCURRENCY = (1, 10, 50)


@dataclass
class Figures:
    training_s: float = 0.0
    start_s: float = 0.0
    peak_rss_mb: float = 0.0
    nlu_macro_f1: float = 0.0
    nlu_accuracy: float = 0.0
    load: Dict[int, Dict[str, float]] = field(default_factory=dict)


def _env() -> Dict[str, str]:
    return {**os.environ, **NO_TELEMETRY, "RASA_MAX_CACHE_SIZE": "0"}


def _rasa(*arguments: str) -> None:
    rasa = str(Path(sys.executable).parent / "rasa")
    subprocess.run([rasa, *arguments], cwd=ROOT, env=_env(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def train(config: Path, out: Path) -> float:
    # Rasa writes its defaults into an empty config file: train from a copy.
    copy = out.parent / config.name
    shutil.copyfile(config, copy)
    started = time.perf_counter()
    _rasa("train", "--config", str(copy), "--out", str(out), "--fixed-model-name", "model")
    return time.perf_counter() - started


def nlu_scores(config: Path, out: Path, folds: int) -> Dict[str, float]:
    copy = out.parent / f"cv-{config.name}"
    shutil.copyfile(config, copy)
    _rasa("test", "nlu", "--config", str(copy), "--nlu", "data/nlu", "--cross-validation",
          "--folds", str(folds), "--out", str(out))
    report = json.loads((out / "intent_report.json").read_text())
    return {"macro_f1": report["macro avg"]["f1-score"], "accuracy": report["accuracy"]}


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(name: str, workdir: Path, quick: bool) -> Figures:
    figures = Figures()
    figures.training_s = train(CONFIGS[name], workdir / "model")
    started = time.perf_counter()
    with running(free_port(), free_port(), model=workdir / "model" / "model.tar.gz",
                 workdir=workdir) as servers:
        figures.start_s = time.perf_counter() - started
        for concurrency in CONCURRENCY:
            conversations = max(concurrency, 6) if quick else max(2 * concurrency, 10)
            result = asyncio.run(run_load(servers.rasa_url, concurrency, conversations))
            figures.load[concurrency] = {
                "turns_per_s": result.turns_per_second,
                "p50_ms": 1000 * percentile(result.latencies, 50),
                "p95_ms": 1000 * percentile(result.latencies, 95),
                "p99_ms": 1000 * percentile(result.latencies, 99),
                "failed": result.failed,
                "turns": result.turns,
            }
        figures.peak_rss_mb = peak_rss_mb(servers.processes[1].pid)
    scores = nlu_scores(CONFIGS[name], workdir / "nlu", folds=2 if quick else 5)
    figures.nlu_macro_f1, figures.nlu_accuracy = scores["macro_f1"], scores["accuracy"]
    return figures


def table(results: Dict[str, Figures]) -> str:
    ours, default = results["ours"], results["default"]
    lines = ["| measure | ours | default | ours/default |", "|---|---|---|---|"]

    def row(label: str, a: float, b: float, fmt: str = "{:.1f}") -> None:
        ratio = f"{a / b:.2f}" if b else "-"
        lines.append(f"| {label} | {fmt.format(a)} | {fmt.format(b)} | {ratio} |")

    for c in CONCURRENCY:
        for key, label in (("turns_per_s", "turns/s"), ("p50_ms", "p50 ms"),
                           ("p95_ms", "p95 ms"), ("p99_ms", "p99 ms"), ("failed", "failed turns")):
            row(f"C={c} {label}", ours.load[c][key], default.load[c][key],
                "{:.0f}" if key == "failed" else "{:.1f}")
    row("training s", ours.training_s, default.training_s)
    row("server start s", ours.start_s, default.start_s)
    row("peak RSS MB", ours.peak_rss_mb, default.peak_rss_mb, "{:.0f}")
    row("NLU macro-F1", ours.nlu_macro_f1, default.nlu_macro_f1, "{:.3f}")
    row("NLU intent accuracy", ours.nlu_accuracy, default.nlu_accuracy, "{:.3f}")
    return "\n".join(lines)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")), "?")
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    return (f"{os.cpu_count()} cores ({cpu}), {int(memory) / 1024 / 1024:.0f} GiB, "
            f"Python {platform.python_version()}")


def plot(results: Dict[str, Figures], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(6, 4))
    for name, figures in results.items():
        axis.plot(CONCURRENCY, [figures.load[c]["p95_ms"] for c in CONCURRENCY], marker="o",
                  label=f"{name} p95")
        axis.plot(CONCURRENCY, [figures.load[c]["p50_ms"] for c in CONCURRENCY], marker=".",
                  linestyle="--", label=f"{name} p50")
    axis.set_xlabel("concurrent conversations")
    axis.set_ylabel("turn latency (ms)")
    axis.set_xscale("log")
    axis.legend()
    axis.grid(True, alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer conversations and folds")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name in CONFIGS:
            print(f"measuring {name} configuration ...", flush=True)
            workdir = Path(scratch) / name
            workdir.mkdir()
            results[name] = measure(name, workdir, args.quick)
    report = table(results)
    print(report)
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    plot(results, docs / "latency.png")
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    (docs / "performance.md").write_text(
        "# Performance: our configuration against Rasa's default\n\n"
        f"Measured {stamp} on {machine()} with `make bench`"
        f"{' (quick)' if args.quick else ''}; both configurations in the same run, "
        "same data, same REST load (full triages, see `bench/load.py`).\n\n"
        f"{report}\n\n![latency vs concurrency](latency.png)\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
