"""Deletes the conversation once the person confirms "forget me".

Setting `forget_confirmed` is the signal: the tracker store
(`privacy.tracker_store.ForgettingSQLTrackerStore`) deletes the conversation
instead of saving this turn.
"""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.contract import FORGET_CONFIRMED


class ActionForgetMe(Action):
    def name(self) -> str:
        return "action_forget_me"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        if tracker.get_slot(FORGET_CONFIRMED) is True:
            dispatcher.utter_message(
                text="Done: I've deleted this conversation and everything you told me in it."
            )
            return []
        dispatcher.utter_message(
            text="Okay, I haven't deleted anything. Tell me about your knot whenever you're ready to carry on."
        )
        return [SlotSet(FORGET_CONFIRMED, None)]
