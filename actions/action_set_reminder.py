"""Sets a reminder for the next routine session, on channels that can push one."""

import os
from datetime import datetime
from typing import Any, Dict, List

from dateutil import tz
from rasa_sdk import Action, Tracker
from rasa_sdk.events import ReminderScheduled
from rasa_sdk.executor import CollectingDispatcher

from dialogue.tracker import can_push, person_today, timezone_of
from triage.contract import (
    INTENT_ROUTINE_REMINDER,
    REMINDER_NAME,
    UTTER_NO_REMINDERS_HERE,
    UTTER_NO_SESSION_LEFT,
    UTTER_REMINDER_SET,
)
from triage.dates import spoken
from triage.plan import plan_from
from triage.reminders import REMINDER_TIME, fixed_delay


class ActionSetReminder(Action):
    def name(self) -> str:
        return "action_set_reminder"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        if not can_push(tracker):
            dispatcher.utter_message(response=UTTER_NO_REMINDERS_HERE)
            return []
        today = person_today(tracker)
        zone = tz.gettz(timezone_of(tracker) or "UTC") or tz.UTC
        now = datetime.now(zone)
        upcoming = [
            datetime.combine(day, REMINDER_TIME, tzinfo=zone) for day in plan_from(today).sessions
        ]
        when = next((moment for moment in upcoming if moment > now), None)
        if delay := fixed_delay(os.environ):
            when = now + delay
        if when is None:
            dispatcher.utter_message(response=UTTER_NO_SESSION_LEFT)
            return []
        dispatcher.utter_message(
            response=UTTER_REMINDER_SET, day=spoken(when.date()), time=f"{when:%H:%M}"
        )
        return [
            ReminderScheduled(
                INTENT_ROUTINE_REMINDER,
                trigger_date_time=when,
                name=REMINDER_NAME,
                kill_on_user_message=False,
            )
        ]
