"""What the person gets when the reminder fires."""

from sent_messages import responses, said

from actions.action_remind_routine import ActionRemindRoutine


async def test_the_reminder_invites_the_next_session(tracker, dispatcher, domain):
    t = tracker(intent="EXTERNAL_routine_reminder")
    assert await ActionRemindRoutine().run(dispatcher, t, domain) == []
    assert responses(dispatcher) == ["utter_routine_reminder"]
    assert said(domain, dispatcher)[0].startswith("⏰ Time for your mid-back routine")
