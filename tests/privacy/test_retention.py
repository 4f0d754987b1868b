"""How long a conversation is kept: RETENTION_DAYS after its latest event, and a
conversation with an active plan until two weeks after the plan's check-in date;
its links work as long as it can be kept, and the purge follows the same rule."""

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Restarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from privacy.link_tokens import SUMMARY, LinkTarget, LinkTokens
from privacy.purge import purge
from privacy.retention import CHECK_IN_GRACE_DAYS, PLAN_KEEP_DAYS, keep_until, link_days
from privacy.tracker_store import ForgettingSQLTrackerStore
from triage.contract import ROUTINE_VARIANT, SELF_CARE_ROUTINE, TRIAGE_OUTCOME
from triage.plan import plan_from

DAY = 86400
RETENTION = 30
# The routine is given at 12:00 UTC on a Wednesday; the check-in is 4 weeks later.
GIVEN = datetime(2026, 11, 4, 12, 0, tzinfo=timezone.utc)
CHECK_IN = plan_from(GIVEN.date()).check_in
DOMAIN = Domain.from_yaml(
    f"""
slots:
  {TRIAGE_OUTCOME}:
    type: any
    mappings: [{{type: custom}}]
  {ROUTINE_VARIANT}:
    type: any
    mappings: [{{type: custom}}]
"""
)


def conversation(zone=None, outcome=SELF_CARE_ROUTINE, variant="kneeling_with_roller", at=GIVEN):
    """A conversation that got its outcome and routine at `at`."""
    stamp = at.timestamp()
    metadata = {"timezone": zone} if zone else {}
    return [
        UserUttered("yes", metadata=metadata, timestamp=stamp - 60),
        SlotSet(TRIAGE_OUTCOME, outcome, timestamp=stamp),
        SlotSet(ROUTINE_VARIANT, variant, timestamp=stamp),
    ]


def as_dicts(events):
    return [event.as_dict() for event in events]


def end_of_day(day: date, zone=timezone.utc) -> float:
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).timestamp()


def test_the_check_in_is_four_weeks_after_the_routine():
    assert CHECK_IN == date(2026, 12, 2)


def test_a_plan_keeps_its_conversation_until_two_weeks_after_the_check_in():
    until = keep_until(as_dicts(conversation()), RETENTION)
    assert until == end_of_day(CHECK_IN + timedelta(days=CHECK_IN_GRACE_DAYS))
    assert until > GIVEN.timestamp() + RETENTION * DAY


def test_the_last_day_is_the_persons_own():
    zone = "Pacific/Auckland"
    local_day = GIVEN.astimezone(ZoneInfo(zone)).date()  # 5 November there
    check_in = plan_from(local_day).check_in
    until = keep_until(as_dicts(conversation(zone)), RETENTION)
    assert until == end_of_day(check_in + timedelta(days=CHECK_IN_GRACE_DAYS), ZoneInfo(zone))


@pytest.mark.parametrize(
    "events",
    [
        [UserUttered("knot", timestamp=GIVEN.timestamp())],
        conversation(outcome="see_professional"),
        conversation(variant=None),
        conversation() + [Restarted(timestamp=GIVEN.timestamp() + 1)],
    ],
    ids=["no plan", "advice changed", "no routine", "restarted"],
)
def test_without_an_active_plan_the_retention_period_counts(events):
    latest = max(event.timestamp for event in events)
    assert keep_until(as_dicts(events), RETENTION) == latest + RETENTION * DAY


def test_later_activity_keeps_a_conversation_longer_than_its_plan():
    events = conversation() + [UserUttered("hi", timestamp=GIVEN.timestamp() + 40 * DAY)]
    assert keep_until(as_dicts(events), RETENTION) == GIVEN.timestamp() + 70 * DAY


def test_a_longer_retention_period_wins_over_the_plan():
    assert keep_until(as_dicts(conversation()), 90) == GIVEN.timestamp() + 90 * DAY


def test_a_conversation_with_no_timestamps_is_not_kept():
    assert keep_until([], RETENTION) == 0.0


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("retention", [7, 30, 60])
def test_a_link_sent_with_the_routine_works_as_long_as_its_conversation_is_kept(retention):
    clock = Clock(GIVEN.timestamp())
    tokens = LinkTokens("a-test-secret-that-is-long-enough-0123456789", link_days(retention), clock)
    target = LinkTarget(SUMMARY, "someone", GIVEN.timestamp())
    token = tokens.issue(target)
    kept_until = keep_until(as_dicts(conversation()), retention)
    clock.now = kept_until - 1
    assert tokens.read(token, SUMMARY) == target, "the link works on the last day"
    clock.now = GIVEN.timestamp() + max(retention, PLAN_KEEP_DAYS) * DAY + 1
    assert tokens.read(token, SUMMARY) is None, "and then expires"


@pytest.fixture
def store(tmp_path):
    return ForgettingSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "t.db"))


async def save(store, sender, events):
    await store.save(DialogueStateTracker.from_events(sender, events, slots=DOMAIN.slots))


@pytest.mark.parametrize(
    "days_after_check_in, kept",
    [(3, True), (CHECK_IN_GRACE_DAYS - 1, True), (CHECK_IN_GRACE_DAYS + 2, False)],
)
async def test_the_purge_keeps_a_plan_checked_in_late(store, days_after_check_in, kept):
    await save(store, "with-plan", conversation())
    await save(store, "no-plan", [UserUttered("knot", timestamp=GIVEN.timestamp())])
    now = end_of_day(CHECK_IN + timedelta(days=days_after_check_in)) - 3600
    assert now > GIVEN.timestamp() + RETENTION * DAY, "both are past the retention period"
    deleted = purge(store, RETENTION, now)
    assert sorted(deleted) == (["no-plan"] if kept else ["no-plan", "with-plan"])
    assert (await store.retrieve_full_tracker("with-plan") is not None) is kept
