"""Which reminders are still to fire, from a conversation's events; and the
test-only fixed delay."""

from datetime import datetime, timedelta, timezone

import pytest
from rasa.shared.core.events import (
    ReminderCancelled,
    ReminderScheduled,
    Restarted,
    SessionStarted,
    UserUttered,
)

from channels.pending_reminders import is_pending, pending_reminders
from triage.contract import INTENT_ROUTINE_REMINDER, REMINDER_NAME
from triage.reminders import fixed_delay

SENDER = "U123"
AT = datetime(2026, 12, 4, 18, 0, tzinfo=timezone.utc)


def reminder(at=AT, name=REMINDER_NAME):
    return ReminderScheduled(INTENT_ROUTINE_REMINDER, at, name=name, kill_on_user_message=False)


def fired(at=AT):
    event = UserUttered.create_external(INTENT_ROUTINE_REMINDER)
    event.timestamp = at.timestamp() + 0.2
    return event


def said(text, at):
    return UserUttered(text, timestamp=at.timestamp())


def test_a_set_reminder_is_pending_across_a_new_session_and_messages():
    set_one = reminder()
    events = [set_one, SessionStarted(), said("next", AT - timedelta(hours=1))]
    assert pending_reminders(events, SENDER) == [set_one]
    assert is_pending(events, set_one, SENDER)


def test_a_fired_reminder_is_no_longer_pending():
    set_one = reminder()
    assert pending_reminders([set_one, fired()], SENDER) == []
    assert not is_pending([set_one, fired()], set_one, SENDER)


def test_an_external_message_before_the_trigger_time_is_not_its_firing():
    set_one = reminder()
    events = [set_one, fired(AT - timedelta(days=2))]
    assert pending_reminders(events, SENDER) == [set_one]


def test_a_cancelled_reminder_is_not_pending():
    assert pending_reminders([reminder(), ReminderCancelled(name=REMINDER_NAME)], SENDER) == []


def test_a_reminder_set_again_replaces_the_earlier_one():
    first, second = reminder(), reminder(AT + timedelta(days=2))
    events = [first, second]
    assert pending_reminders(events, SENDER) == [second]
    assert not is_pending(events, first, SENDER) and is_pending(events, second, SENDER)


def test_a_restart_drops_every_reminder():
    assert pending_reminders([reminder(), Restarted()], SENDER) == []


def test_another_reminder_outlives_a_cancelled_one():
    other = reminder(name="another")
    events = [reminder(), other, ReminderCancelled(name=REMINDER_NAME)]
    assert pending_reminders(events, SENDER) == [other]


@pytest.mark.parametrize(
    "value, delay",
    [("90", timedelta(seconds=90)), ("0.5", timedelta(seconds=0.5)), ("", None), ("0", None)]
    + [("-3", None), ("soon", None)],
)
def test_the_fixed_delay_is_read_only_when_positive(value, delay):
    assert fixed_delay({"REMINDER_DELAY_SECONDS": value}) == delay
    assert fixed_delay({}) is None
