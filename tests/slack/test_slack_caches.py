"""The Slack channel's two memories, without servers: what was seen first (in
memory; Redis is tested in tests/stores) and users' time zones from users.info."""

import pytest

from channels import first_time, slack_time_zones
from channels.first_time import FirstTime
from channels.slack_time_zones import SlackTimeZones, known_zone

KEEP = 3600


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class UsersInfo:
    """Answers users.info from `zones`; raises for anyone else, as slack_sdk does."""

    def __init__(self, zones) -> None:
        self.zones = zones
        self.calls = []

    async def users_info(self, user):
        self.calls.append(user)
        if user not in self.zones:
            raise RuntimeError("user_not_found")
        return {"ok": True, "user": {"id": user, "tz": self.zones[user]}}


def test_a_key_is_new_once(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(first_time.time, "monotonic", clock)
    handled = FirstTime(KEEP)
    assert handled.first_time("Ev1") and not handled.first_time("Ev1")
    assert handled.first_time("Ev2")
    clock.now += KEEP + 1
    assert handled.first_time("Ev1"), "forgotten after the retry window"


def test_keys_in_memory_are_bounded(monkeypatch):
    monkeypatch.setattr(first_time, "REMEMBERED_IN_MEMORY", 3)
    handled = FirstTime(KEEP)
    for number in range(5):
        assert handled.first_time(f"Ev{number}")
    assert handled.first_time("Ev0"), "the oldest was dropped"
    assert not handled.first_time("Ev4")


async def test_a_zone_is_read_once_then_cached_until_it_expires():
    clock, api = Clock(), UsersInfo({"U1": "Pacific/Auckland"})
    zones = SlackTimeZones(api, clock)
    assert [await zones.zone_of("U1") for _ in range(3)] == ["Pacific/Auckland"] * 3
    assert api.calls == ["U1"]
    clock.now += slack_time_zones.KEEP_SECONDS + 1
    api.zones["U1"] = "Asia/Tokyo"
    assert await zones.zone_of("U1") == "Asia/Tokyo"
    assert api.calls == ["U1", "U1"]


async def test_a_failed_look_up_gives_utc_and_is_retried_later():
    clock, api = Clock(), UsersInfo({})
    zones = SlackTimeZones(api, clock)
    assert await zones.zone_of("U2") is None and await zones.zone_of("U2") is None
    assert api.calls == ["U2"]
    clock.now += slack_time_zones.RETRY_FAILED_AFTER_SECONDS + 1
    api.zones["U2"] = "Asia/Tokyo"
    assert await zones.zone_of("U2") == "Asia/Tokyo"


async def test_the_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(slack_time_zones, "MAX_USERS", 2)
    api = UsersInfo({"U1": "UTC", "U2": "UTC", "U3": "UTC"})
    zones = SlackTimeZones(api, Clock())
    for user in ("U1", "U2", "U3", "U1"):
        await zones.zone_of(user)
    assert api.calls == ["U1", "U2", "U3", "U1"], "U1 was dropped as the oldest"


@pytest.mark.parametrize(
    "tz, kept",
    [("Pacific/Auckland", True), ("Mars/Olympus", False), ("", False), (None, False), (5, False)],
)
async def test_only_a_known_zone_is_passed_on(tz, kept):
    zones = SlackTimeZones(UsersInfo({"U1": tz}), Clock())
    assert (await zones.zone_of("U1")) == (tz if kept else None)
    assert (known_zone(tz) is not None) is kept


async def test_no_user_no_look_up():
    api = UsersInfo({})
    assert await SlackTimeZones(api, Clock()).zone_of(None) is None
    assert api.calls == []
