"""A bounded REST load: C concurrent conversations, each a full triage.

Every conversation plays one of `SCRIPTS` from its first message to its last,
waiting for each reply before sending the next message (a closed loop, no
think time unless asked for). Latency is measured in the client, per turn. A
turn fails on a non-200 answer, an exception (connection error, timeout) or an
empty reply. Plain asyncio + aiohttp; the number of conversations is fixed, so
a run always ends.
"""

import asyncio
import random
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import aiohttp


@dataclass(frozen=True)
class Script:
    """A full triage with realistic answers, and the level it must reach."""

    name: str
    outcome: str
    messages: Tuple[str, ...]


# The levels of tests/e2e/test_rest_conversations.py, in the same words people use.
SCRIPTS: Tuple[Script, ...] = (
    Script(
        "self-care",
        "self_care_routine",
        (
            "hi",
            "there's a knot between my shoulder blades that won't go away",
            "none of those",
            "no, my neck is fine",
            "no numbness or tingling",
            "not yet",
            "it started about 6 weeks ago",
            "yes I have a foam roller",
            "my knees are bad, kneeling hurts",
        ),
    ),
    Script(
        "emergency mid-way",
        "emergency",
        (
            "I've got a knot in my upper back",
            "no",
            "hmm, actually I've had crushing chest pain since this morning",
        ),
    ),
    Script(
        "see a professional",
        "see_professional",
        (
            "knot between my shoulder blades and my fingers tingle",
            "no",
            "yes, my neck is sore too",
            "no",
        ),
    ),
)


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..100) of `values`; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 100))  # ceiling
    return ordered[int(min(rank, len(ordered))) - 1]


@dataclass
class LoadResult:
    """What one load run measured; latencies in seconds, of successful turns only."""

    concurrency: int = 1
    latencies: List[float] = field(default_factory=list)
    failures: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    senders: List[Tuple[str, Script]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(self.failures.values())

    @property
    def turns(self) -> int:
        return len(self.latencies) + self.failed

    @property
    def turns_per_second(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def summary(self) -> Dict[str, float]:
        """Turns/s, p50/p95/p99 in milliseconds, failed and total turns."""
        return {
            "turns_per_s": self.turns_per_second,
            "p50_ms": 1000 * percentile(self.latencies, 50),
            "p95_ms": 1000 * percentile(self.latencies, 95),
            "p99_ms": 1000 * percentile(self.latencies, 99),
            "failed": self.failed,
            "turns": self.turns,
        }


def failure_reason(status: Optional[int], body, error: Optional[BaseException]) -> Optional[str]:
    """Why a turn failed, or None if it did not."""
    if error is not None:
        return type(error).__name__
    if status != 200:
        return f"HTTP {status}"
    if not body:
        return "empty reply"
    return None


async def _turn(
    session: aiohttp.ClientSession, url: str, sender: str, text: str, timeout: float
) -> Optional[str]:
    status, body, error = None, None, None
    try:
        async with session.post(
            url,
            json={"sender": sender, "message": text},
            timeout=aiohttp.ClientTimeout(total=timeout),
        ) as answer:
            status = answer.status
            body = await answer.json() if status == 200 else None
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as caught:
        error = caught
    return failure_reason(status, body, error)


def pauses(think: float, turns: int, seed: int) -> List[float]:
    """Seconds to wait before each turn: 0 in a closed loop; otherwise a staggered start
    (0..think) and then think ± 50 %, so that conversations do not move in lock-step."""
    if not think:
        return [0.0] * turns
    rng = random.Random(seed)
    return [rng.uniform(0, think)] + [
        rng.uniform(0.5 * think, 1.5 * think) for _ in range(turns - 1)
    ]


async def _conversation(
    session, url, script: Script, result: LoadResult, timeout: float, think: float, seed: int
) -> None:
    sender = f"bench-{uuid.uuid4().hex[:12]}"
    result.senders.append((sender, script))
    for pause, text in zip(pauses(think, len(script.messages), seed), script.messages, strict=True):
        if pause:
            await asyncio.sleep(pause)
        started = time.perf_counter()
        reason = await _turn(session, url, sender, text, timeout)
        if reason is None:
            result.latencies.append(time.perf_counter() - started)
        else:
            result.failures[reason] += 1


async def run_load(
    base_url: str,
    concurrency: int,
    conversations: int,
    timeout: float = 60.0,
    think: float = 0.0,
    scripts: Sequence[Script] = SCRIPTS,
) -> LoadResult:
    """`conversations` full triages, at most `concurrency` at a time.

    Conversation i plays scripts[i % len(scripts)]; about `think` seconds pass
    between a reply and the next message of the same conversation (0: a closed
    loop, the next message goes as soon as the reply is in).
    """
    result = LoadResult(concurrency=concurrency)
    url = f"{base_url}/webhooks/rest/webhook"
    limit = asyncio.Semaphore(concurrency)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def one(index: int) -> None:
            async with limit:
                await _conversation(
                    session, url, scripts[index % len(scripts)], result, timeout, think, seed=index
                )

        started = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(conversations)))
        result.seconds = time.perf_counter() - started
    return result


async def outcomes(
    base_url: str, token: str, senders: Sequence[Tuple[str, Script]], concurrency: int = 5
) -> Counter:
    """How many conversations reached their script's level ("reached"), or not."""
    tally: Counter = Counter()
    limit = asyncio.Semaphore(concurrency)
    async with aiohttp.ClientSession() as session:

        async def check(sender: str, script: Script) -> None:
            async with limit:
                try:
                    async with session.get(
                        f"{base_url}/conversations/{sender}/tracker",
                        params={"token": token},
                        timeout=aiohttp.ClientTimeout(total=60),
                    ) as answer:
                        slots = (await answer.json()).get("slots", {})
                except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
                    slots = {}
                reached = slots.get("triage_outcome") == script.outcome
                tally["reached" if reached else "missed"] += 1

        await asyncio.gather(*(check(sender, script) for sender, script in senders))
    return tally
