"""The fallback: says what went wrong and brings the person back to the check.

Before any outcome, a message it cannot place starts the check (the triage
form follows by rule), so that no conversation goes round in circles without one.
"""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from dialogue.tracker import ask_pending_check
from triage.contract import (
    INTENT_OUT_OF_SCOPE,
    INTRO_GIVEN,
    TRIAGE_OUTCOME,
    UTTER_INTRO,
    UTTER_NOT_UNDERSTOOD,
    UTTER_NOT_UNDERSTOOD_AFTER_OUTCOME,
    UTTER_NOT_UNDERSTOOD_IN_CHECK,
    UTTER_OUT_OF_SCOPE,
)


class ActionKeepOnTrack(Action):
    def name(self) -> str:
        return "action_keep_on_track"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        if tracker.active_loop_name:
            dispatcher.utter_message(response=UTTER_NOT_UNDERSTOOD_IN_CHECK)
            return [FollowupAction(tracker.active_loop_name)]
        check = ask_pending_check(dispatcher, tracker)
        if check is not None:
            return check
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        out_of_scope = intent == INTENT_OUT_OF_SCOPE
        if out_of_scope:
            dispatcher.utter_message(response=UTTER_OUT_OF_SCOPE)
        if tracker.get_slot(TRIAGE_OUTCOME):
            if not out_of_scope:
                dispatcher.utter_message(response=UTTER_NOT_UNDERSTOOD_AFTER_OUTCOME)
            return []
        events: List[Dict[str, Any]] = []
        if not tracker.get_slot(INTRO_GIVEN):
            dispatcher.utter_message(response=UTTER_INTRO)
            events.append(SlotSet(INTRO_GIVEN, True))
        elif not out_of_scope:
            dispatcher.utter_message(response=UTTER_NOT_UNDERSTOOD)
        return events
