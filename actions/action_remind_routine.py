"""What the person gets when the routine reminder fires."""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from triage.contract import UTTER_ROUTINE_REMINDER


class ActionRemindRoutine(Action):
    def name(self) -> str:
        return "action_remind_routine"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        dispatcher.utter_message(response=UTTER_ROUTINE_REMINDER)
        return []
