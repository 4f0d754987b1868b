"""Deletes the conversation once the person confirms "forget me".

Setting `forget_confirmed` is the signal: the tracker store
(`privacy.tracker_store.ForgettingSQLTrackerStore`) deletes the conversation
instead of saving this turn. In the web chat the confirmation carries a custom
payload, `{"forgotten": true}`, on which the page clears its own copy (the
widget's session and transcript in localStorage) and starts afresh.
"""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from keepsakes.links import WEB_CHAT
from triage.contract import FORGET_CONFIRMED, FORGOTTEN, UTTER_FORGOTTEN, UTTER_NOT_FORGOTTEN

# Rasa's socketio channel emits a custom payload as `sio.emit(event, **payload)`.
FORGOTTEN_PAYLOAD = {"data": {FORGOTTEN: True}}


class ActionForgetMe(Action):
    def name(self) -> str:
        return "action_forget_me"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        if tracker.get_slot(FORGET_CONFIRMED) is True:
            dispatcher.utter_message(response=UTTER_FORGOTTEN)
            if tracker.get_latest_input_channel() == WEB_CHAT:
                dispatcher.utter_message(json_message=FORGOTTEN_PAYLOAD)
            return []
        dispatcher.utter_message(response=UTTER_NOT_FORGOTTEN)
        return [SlotSet(FORGET_CONFIRMED, None)]
