"""Forgets the answers so far; the check then starts again from the first question."""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from triage.contract import INTRO_GIVEN, UTTER_STARTING_OVER


class ActionStartOver(Action):
    def name(self) -> str:
        return "action_start_over"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        dispatcher.utter_message(response=UTTER_STARTING_OVER)
        return [
            ActiveLoop(None),
            AllSlotsReset(),
            SlotSet(INTRO_GIVEN, True),
        ]
