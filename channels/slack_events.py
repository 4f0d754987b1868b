"""Slack event ids already handled, shared by every Rasa server.

Slack retries an event it thinks went unanswered, and the retry may reach
another server than the first try. Where Rasa's Redis lock store is configured
(endpoints `lock_store`, from REDIS_HOST), a handled id is kept in that Redis
with SET NX and an expiry, so whichever server gets the retry knows it;
otherwise in this process's memory (one server). Slack retries within minutes,
so an id is kept for an hour.
"""

import collections
import logging
import time
from typing import Any, Optional

from rasa.core.lock_store import DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX, LockStore, RedisLockStore

logger = logging.getLogger(__name__)

KEEP_SECONDS = 3600
REMEMBERED_IN_MEMORY = 10_000
KEY_PART = "slack_event:"


class HandledEvents:
    """Remembers handled event ids: in Redis when given a client, else in memory."""

    def __init__(self, redis: Optional[Any] = None, key_prefix: str = "") -> None:
        self.redis = redis
        self.key_prefix = key_prefix
        self._seen: "collections.OrderedDict[str, float]" = collections.OrderedDict()

    @classmethod
    def beside(cls, lock_store: Optional[LockStore]) -> "HandledEvents":
        """Kept in the lock store's Redis when it has one, next to its locks."""
        if isinstance(lock_store, RedisLockStore):
            base = lock_store.key_prefix[: -len(DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX)]
            return cls(lock_store.red, base + KEY_PART)
        return cls()

    def first_time(self, event_id: str) -> bool:
        """True the first time `event_id` is seen (and remembers it), False after."""
        if self.redis is None:
            return self._first_time_here(event_id)
        try:
            return bool(self.redis.set(self.key_prefix + event_id, 1, nx=True, ex=KEEP_SECONDS))
        except Exception:  # noqa: BLE001 -- Redis down: better twice than never
            logger.warning("Could not check a Slack event id in Redis; handling the event.")
            return True

    def _first_time_here(self, event_id: str) -> bool:
        now = time.monotonic()
        while self._seen and next(iter(self._seen.values())) < now - KEEP_SECONDS:
            self._seen.popitem(last=False)
        if event_id in self._seen:
            return False
        self._seen[event_id] = now
        if len(self._seen) > REMEMBERED_IN_MEMORY:
            self._seen.popitem(last=False)
        return True
