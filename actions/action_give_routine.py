"""Coaches the routine variant that fits the person's knees and equipment."""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.contract import CAN_KNEEL, HAS_FOAM_ROLLER, SELF_CARE_ROUTINE, TRIAGE_OUTCOME
from actions.routine import choose_variant, routine_messages

ROUTINE_VARIANT = "routine_variant"


class ActionGiveRoutine(Action):
    def name(self) -> str:
        return "action_give_routine"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        if tracker.get_slot(TRIAGE_OUTCOME) != SELF_CARE_ROUTINE:
            return []
        can_kneel = tracker.get_slot(CAN_KNEEL)
        has_roller = tracker.get_slot(HAS_FOAM_ROLLER)
        for text in routine_messages(can_kneel, has_roller):
            dispatcher.utter_message(text=text)
        return [SlotSet(ROUTINE_VARIANT, choose_variant(can_kneel, has_roller).name)]
