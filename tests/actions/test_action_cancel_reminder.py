"""Cancelling the routine reminder."""

from rasa_sdk.events import ReminderCancelled
from sent_messages import responses

from actions.action_cancel_reminder import ActionCancelReminder


async def test_cancel_reminder(tracker, dispatcher, domain):
    events = await ActionCancelReminder().run(dispatcher, tracker(), domain)
    assert events == [ReminderCancelled(name="routine_reminder")]
    assert responses(dispatcher) == ["utter_reminder_cancelled"]
