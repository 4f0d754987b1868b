"""Slack users' time zones, read once through the Web API's `users.info`.

Slack sends no time zone with an event, but a user's profile has one (`tz`,
an IANA name; the bot token needs the `users:read` scope). It is cached per
user for a few hours (people travel), at most `MAX_USERS` of them. A failed
look-up gives None, so the person's dates are reckoned in UTC: nothing about
it reaches the person; it is retried after a few minutes.
"""

import collections
import logging
import time
from typing import Callable, Optional, Tuple
from zoneinfo import ZoneInfo

from slack_sdk.web.async_client import AsyncWebClient

logger = logging.getLogger(__name__)

KEEP_SECONDS = 6 * 3600
RETRY_FAILED_AFTER_SECONDS = 300
LOOKUP_TIMEOUT_SECONDS = 5
MAX_USERS = 10_000


def known_zone(name: object) -> Optional[str]:
    """`name` if it is an IANA time zone this machine knows, else None."""
    if not isinstance(name, str) or not name:
        return None
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return None
    return name


class SlackTimeZones:
    """Each user's time zone, from `users.info`, cached; `clock` is injectable."""

    def __init__(self, client: AsyncWebClient, clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.clock = clock
        self._cache: "collections.OrderedDict[str, Tuple[Optional[str], float]]" = (
            collections.OrderedDict()
        )

    async def zone_of(self, user_id: Optional[str]) -> Optional[str]:
        """The user's IANA time zone, or None (UTC) when Slack can't tell us."""
        if not user_id:
            return None
        cached = self._cache.get(user_id)
        if cached and cached[1] > self.clock():
            self._cache.move_to_end(user_id)
            return cached[0]
        zone = await self._look_up(user_id)
        keep = KEEP_SECONDS if zone else RETRY_FAILED_AFTER_SECONDS
        self._cache[user_id] = (zone, self.clock() + keep)
        self._cache.move_to_end(user_id)
        while len(self._cache) > MAX_USERS:
            self._cache.popitem(last=False)
        return zone

    async def _look_up(self, user_id: str) -> Optional[str]:
        try:
            answer = await self.client.users_info(user=user_id)
            zone = known_zone((answer.get("user") or {}).get("tz"))
        except Exception as error:  # noqa: BLE001 -- any failure: UTC, and say nothing
            logger.warning("Slack users.info failed (%s); using UTC.", type(error).__name__)
            return None
        if zone is None:
            logger.info("Slack gave no known time zone for a user; using UTC.")
        return zone
