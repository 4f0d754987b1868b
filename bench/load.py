"""A bounded REST load: C concurrent conversations, each a full triage.

Client-side latency per turn; a turn fails on an HTTP error, an exception or an
empty reply. Plain asyncio + aiohttp.
"""

import asyncio
import time
import uuid
from dataclasses import dataclass, field
from typing import List, Sequence, Tuple

import aiohttp

# Full triages with realistic answers, reaching three different levels.
SCRIPTS: Tuple[Tuple[str, ...], ...] = (
    ("hi, there's a knot between my shoulder blades", "no, none of those", "not really",
     "no numbness or tingling", "yes, stretching and massage", "about six weeks ago",
     "yes I have one", "kneeling is fine"),
    ("I've got a knot in my upper back", "no", "no", "I also have crushing chest pain"),
    ("knot between my shoulder blades and my fingers tingle", "none", "yes my neck is sore",
     "no", "a month ago"),
)


@dataclass
class LoadResult:
    latencies: List[float] = field(default_factory=list)
    failed: int = 0
    seconds: float = 0.0
    senders: List[Tuple[str, Sequence[str]]] = field(default_factory=list)

    @property
    def turns(self) -> int:
        return len(self.latencies) + self.failed

    @property
    def turns_per_second(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..100) of `values`; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 100))  # ceiling
    return ordered[int(min(rank, len(ordered))) - 1]


async def _conversation(session, url, script, result, timeout):
    sender = f"bench-{uuid.uuid4().hex[:12]}"
    result.senders.append((sender, script))
    for text in script:
        started = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": text},
                                    timeout=aiohttp.ClientTimeout(total=timeout)) as answer:
                body = await answer.json() if answer.status == 200 else None
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
            body = None
        if body:
            result.latencies.append(time.perf_counter() - started)
        else:
            result.failed += 1


async def run_load(base_url: str, concurrency: int, conversations: int,
                   timeout: float = 60.0) -> LoadResult:
    """`conversations` full triages, at most `concurrency` at a time."""
    result = LoadResult()
    url = f"{base_url}/webhooks/rest/webhook"
    limit = asyncio.Semaphore(concurrency)
    async with aiohttp.ClientSession() as session:

        async def one(index: int) -> None:
            async with limit:
                await _conversation(session, url, SCRIPTS[index % len(SCRIPTS)], result, timeout)

        started = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(conversations)))
        result.seconds = time.perf_counter() - started
    return result
