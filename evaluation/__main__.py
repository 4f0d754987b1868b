"""`python -m evaluation`: run the evaluation cases and print the figures.

    python -m evaluation [--cases GLOB] [--ids a,b] [--every N] [--workers 4]
                         [--json PATH] [--url URL --token TOKEN] [--check]

Without --url it starts the action server and a Rasa server on loopback with
models/triage.tar.gz (launcher.servers.running) and stops them afterwards.
Exit code: 0 (it reports), 1 with --check when a target is not met, 2 when the
cases, the model or the servers are not usable.
"""

import argparse
import contextlib
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Iterator, List, Optional, Tuple

from evaluation import figures as figures_module
from evaluation.client import AssistantClient
from evaluation.driver import DEFAULT_WORKERS, run_cases
from evaluation.loader import CaseError, load_cases, select
from evaluation.report import render
from evaluation.results import CaseResult

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = "evaluation/cases/*.yml"
MODEL = ROOT / "models" / "triage.tar.gz"


class SetupError(RuntimeError):
    """The run cannot start (no cases, no model, servers down)."""


def parse_args(argv: Optional[List[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--cases",
        default=DEFAULT_CASES,
        help=f"case files (a glob, relative to the repository; default {DEFAULT_CASES})",
    )
    parser.add_argument("--ids", help="only these case ids (comma-separated)")
    parser.add_argument(
        "--every",
        type=int,
        default=1,
        metavar="N",
        help="every Nth case (sorted by id), for a quick run",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=DEFAULT_WORKERS,
        help=f"conversations at a time (default {DEFAULT_WORKERS})",
    )
    parser.add_argument("--json", metavar="PATH", help="write every result and the figures here")
    parser.add_argument("--url", help="an already running Rasa server, e.g. http://127.0.0.1:5005")
    parser.add_argument("--token", help="its HTTP API token (default: $RASA_AUTH_TOKEN)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is not met")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)
    if args.every < 1:
        parser.error("--every must be at least 1")
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    return args


@contextlib.contextmanager
def assistant(url: Optional[str], token: Optional[str]) -> Iterator[AssistantClient]:
    """A client for the given server, or for servers started here (stopped afterwards)."""
    if url:
        token = token or os.environ.get("RASA_AUTH_TOKEN")
        if not token:
            raise SetupError("--url needs --token (or RASA_AUTH_TOKEN) for the tracker API")
        yield AssistantClient(url, token)
        return
    if not MODEL.exists():
        raise SetupError(f"no trained model at {MODEL.relative_to(ROOT)}: run `make train`")
    from launcher.servers import ServerError, free_port, running

    workdir = Path(tempfile.mkdtemp(prefix="evaluation-"))
    try:
        with running(free_port(), free_port(), model=MODEL, workdir=workdir) as servers:
            yield AssistantClient(servers.rasa_url, servers.token)
    except ServerError as error:
        raise SetupError(f"{error} (logs kept in {workdir})") from None
    shutil.rmtree(workdir, ignore_errors=True)


def _progress(done: int, total: int, result: CaseResult) -> None:
    final = result.final_level or "none"
    mark = "ok " if final == result.expected else "BAD"
    error = f"  error: {result.errors[0]}" if result.errors else ""
    print(
        f"[{done:>3}/{total}] {mark} {result.id}: {final} (expected {result.expected}){error}",
        file=sys.stderr,
        flush=True,
    )


def write_json(path: str, results: List[CaseResult], figures) -> None:
    data = {
        "results": [asdict(result) for result in results],
        "figures": {
            **asdict(figures),
            "accuracy": figures.accuracy,
            "under_triage_rate": figures.under_triage_rate,
            "over_triage_rate": figures.over_triage_rate,
            "targets": [asdict(t) for t in figures_module.targets(figures)],
        },
    }
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def evaluate(args: argparse.Namespace) -> Tuple[List[CaseResult], "figures_module.Figures"]:
    cases = load_cases(args.cases, root=ROOT)
    if not cases:
        raise SetupError(f"no cases: nothing matches {args.cases}")
    ids = [i.strip() for i in args.ids.split(",")] if args.ids else None
    cases = select(cases, ids, args.every)
    print(f"Running {len(cases)} case(s), {args.workers} at a time", file=sys.stderr, flush=True)
    started = time.monotonic()
    with assistant(args.url, args.token) as client:
        results = run_cases(client, cases, args.workers, None if args.quiet else _progress)
    print(f"Done in {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    return results, figures_module.compute(results)


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    try:
        results, figures = evaluate(args)
    except (CaseError, SetupError) as error:
        print(f"evaluation: {error}", file=sys.stderr)
        return 2
    print(render(figures))
    if args.json:
        write_json(args.json, results, figures)
        print(f"\nResults written to {args.json}")
    if args.check and not figures_module.all_met(figures):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
