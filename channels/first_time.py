"""Whether something happens for the first time, across every Rasa server.

Slack retries an event it thinks went unanswered, and the retry may reach
another server than the first try; two servers holding the same reminder fire
it at the same moment. Where Rasa's Redis lock store is configured (endpoints
`lock_store`, from REDIS_HOST), a key is claimed in that Redis with SET NX and
an expiry, so exactly one server gets "first"; otherwise in this process's
memory (one server). (Rasa's Redis lock itself is read-modify-write, so two
servers asking at the same instant may both get it.)
"""

import collections
import logging
import time
from typing import Any, Optional

from rasa.core.lock_store import DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX, LockStore, RedisLockStore

logger = logging.getLogger(__name__)

REMEMBERED_IN_MEMORY = 10_000


class FirstTime:
    """Claims keys for `keep_seconds`: in Redis when given a client, else in memory."""

    def __init__(
        self, keep_seconds: int, redis: Optional[Any] = None, key_prefix: str = ""
    ) -> None:
        self.keep_seconds = keep_seconds
        self.redis = redis
        self.key_prefix = key_prefix
        self._seen: "collections.OrderedDict[str, float]" = collections.OrderedDict()

    @classmethod
    def beside(cls, lock_store: Optional[LockStore], kind: str, keep_seconds: int) -> "FirstTime":
        """Kept in the lock store's Redis when it has one, next to its locks, as
        `<prefix>:<kind>:<key>`."""
        if isinstance(lock_store, RedisLockStore):
            base = lock_store.key_prefix[: -len(DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX)]
            return cls(keep_seconds, lock_store.red, f"{base}{kind}:")
        return cls(keep_seconds)

    def first_time(self, key: str) -> bool:
        """True the first time `key` is claimed (and claims it), False after."""
        if self.redis is None:
            return self._first_time_here(key)
        try:
            return bool(self.redis.set(self.key_prefix + key, 1, nx=True, ex=self.keep_seconds))
        except Exception:  # noqa: BLE001 -- Redis down: better twice than never
            logger.warning("Could not claim a key in Redis; going ahead.")
            return True

    def _first_time_here(self, key: str) -> bool:
        now = time.monotonic()
        while self._seen and next(iter(self._seen.values())) < now - self.keep_seconds:
            self._seen.popitem(last=False)
        if key in self._seen:
            return False
        self._seen[key] = now
        if len(self._seen) > REMEMBERED_IN_MEMORY:
            self._seen.popitem(last=False)
        return True
