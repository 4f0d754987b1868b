"""One long conversation through the coach: does a turn cost more as the session grows?

The self-care triage, then the coach's commands ("next", "back", "repeat") in a
fixed cycle until `turns` messages have been sent, one at a time, each waiting
for its reply. Latency is measured per turn in the client; a turn fails as in
`bench.load` (non-200, exception, empty reply).
"""

import itertools
import statistics
import time
import uuid
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import aiohttp

from bench.load import SCRIPTS, _turn

SELF_CARE = next(script for script in SCRIPTS if script.outcome == "self_care_routine")
COACH_CYCLE = ("next", "next", "back", "repeat", "next", "next")
TURNS = 300
EARLY = (10, 60)  # turns (numbered from 1) compared: the session's start ...
LATE = (250, 300)  # ... and its end
TARGET_RATIO = 1.3


def messages(turns: int) -> List[str]:
    """The triage's messages, then the coach cycle, `turns` in all."""
    coach = itertools.cycle(COACH_CYCLE)
    said = list(SELF_CARE.messages[:turns])
    return said + [next(coach) for _ in range(turns - len(said))]


@dataclass
class Curve:
    """Latency (seconds) of each turn, numbered from 1; None for a failed turn."""

    sender: str = ""
    latencies: List[Optional[float]] = field(default_factory=list)
    failures: Dict[str, int] = field(default_factory=dict)

    @property
    def turns(self) -> int:
        return len(self.latencies)

    def median_ms(self, first: int, last: int) -> Optional[float]:
        """Median latency of turns first..last (inclusive) that succeeded, in ms."""
        window = [t for t in self.latencies[first - 1 : last] if t is not None]
        return 1000 * statistics.median(window) if window else None

    def ratio(self, early: Tuple[int, int] = EARLY, late: Tuple[int, int] = LATE):
        """Median of the late turns over the median of the early ones (None if unknown)."""
        start, end = self.median_ms(*early), self.median_ms(*late)
        return end / start if start and end is not None else None

    def windows(self, size: int = 50) -> List[Tuple[int, int, Optional[float]]]:
        """(first, last, median ms) for consecutive windows of `size` turns."""
        return [
            (first, min(first + size - 1, self.turns), self.median_ms(first, first + size - 1))
            for first in range(1, self.turns + 1, size)
        ]


async def run_conversation(base_url: str, turns: int = TURNS, timeout: float = 60.0) -> Curve:
    """Play `messages(turns)` as one conversation; the latency of each turn."""
    curve = Curve(sender=f"bench-long-{uuid.uuid4().hex[:12]}")
    url = f"{base_url}/webhooks/rest/webhook"
    async with aiohttp.ClientSession() as session:
        for text in messages(turns):
            started = time.perf_counter()
            reason = await _turn(session, url, curve.sender, text, timeout)
            if reason is None:
                curve.latencies.append(time.perf_counter() - started)
            else:
                curve.latencies.append(None)
                curve.failures[reason] = curve.failures.get(reason, 0) + 1
    return curve


def smoothed(values: Sequence[Optional[float]], width: int = 9) -> List[Optional[float]]:
    """A running median over `width` turns (centred), for the plot."""
    half = width // 2
    out: List[Optional[float]] = []
    for index in range(len(values)):
        window = [v for v in values[max(0, index - half) : index + half + 1] if v is not None]
        out.append(statistics.median(window) if window else None)
    return out
