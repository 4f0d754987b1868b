"""Reminders for the next routine session, on channels that can push them."""

from datetime import datetime, time
from typing import Any, Dict, List

from dateutil import tz
from rasa_sdk import Action, Tracker
from rasa_sdk.events import ReminderCancelled, ReminderScheduled
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import can_push, person_today, timezone_of
from actions.dates import spoken
from actions.plan import plan_from

REMINDER_NAME = "routine_reminder"
REMINDER_INTENT = "EXTERNAL_routine_reminder"
REMINDER_TIME = time(18, 0)


class ActionSetReminder(Action):
    def name(self) -> str:
        return "action_set_reminder"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        if not can_push(tracker):
            dispatcher.utter_message(
                text="I can't send reminders in this chat, sorry. Your plan above has the "
                "dates: a calendar reminder works well."
            )
            return []
        today = person_today(tracker)
        zone = tz.gettz(timezone_of(tracker) or "UTC") or tz.UTC
        now = datetime.now(zone)
        upcoming = [
            datetime.combine(day, REMINDER_TIME, tzinfo=zone)
            for day in plan_from(today).sessions
        ]
        when = next((moment for moment in upcoming if moment > now), None)
        if when is None:
            dispatcher.utter_message(text="There's no session left to remind you about.")
            return []
        dispatcher.utter_message(
            text=f"Done: I'll remind you on {spoken(when.date())} at {when:%H:%M}."
        )
        return [
            ReminderScheduled(
                REMINDER_INTENT, trigger_date_time=when, name=REMINDER_NAME,
                kill_on_user_message=False,
            )
        ]


class ActionCancelReminder(Action):
    def name(self) -> str:
        return "action_cancel_reminder"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        dispatcher.utter_message(text="Okay, I've cancelled the reminder.")
        return [ReminderCancelled(name=REMINDER_NAME)]


class ActionRemindRoutine(Action):
    def name(self) -> str:
        return "action_remind_routine"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        dispatcher.utter_message(
            text="⏰ Time for your mid-back routine: 30 slow repetitions. Say \"next\" "
            "and I'll walk you through the steps."
        )
        return []
