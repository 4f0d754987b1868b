"""Cancels the routine reminder."""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ReminderCancelled
from rasa_sdk.executor import CollectingDispatcher

from triage.contract import REMINDER_NAME, UTTER_REMINDER_CANCELLED


class ActionCancelReminder(Action):
    def name(self) -> str:
        return "action_cancel_reminder"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        dispatcher.utter_message(response=UTTER_REMINDER_CANCELLED)
        return [ReminderCancelled(name=REMINDER_NAME)]
