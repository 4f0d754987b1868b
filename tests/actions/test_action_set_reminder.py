"""Reminders for the next session, only on channels that can push one."""

from datetime import datetime

import pytest
from dateutil import tz
from sent_messages import responses, said

from actions.action_set_reminder import ActionSetReminder


@pytest.mark.parametrize(
    "channel, scheduled", [("socketio", True), ("slack", True), ("rest", False)]
)
async def test_reminder_only_where_the_channel_can_push(
    tracker, dispatcher, domain, channel, scheduled
):
    t = tracker({}, text="remind me", intent="set_reminder")
    t.events[0]["input_channel"] = channel
    events = await ActionSetReminder().run(dispatcher, t, domain)
    if not scheduled:
        assert events == []
        assert responses(dispatcher) == ["utter_no_reminders_here"]
        return
    (reminder,) = events
    assert reminder["event"] == "reminder" and reminder["name"] == "routine_reminder"
    assert reminder["intent"] == "EXTERNAL_routine_reminder"
    assert reminder["kill_on_user_msg"] is False
    when = datetime.fromisoformat(reminder["date_time"])
    assert when > datetime.now(tz.UTC)
    assert when.weekday() in (0, 2, 4, 5) and when.hour == 18
    assert responses(dispatcher) == ["utter_reminder_set"]
    assert said(domain, dispatcher) == [
        f"Done: I'll remind you on {when:%A} {when.day} {when:%B} at 18:00."
    ]
