"""The fallback: says what went wrong and brings the person back to the check."""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions import replies
from actions.contract import TRIAGE_OUTCOME
from actions.conversation import ask_pending_check


class ActionKeepOnTrack(Action):
    def name(self) -> str:
        return "action_keep_on_track"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        if tracker.active_loop_name:
            dispatcher.utter_message(text=replies.NOT_UNDERSTOOD_IN_CHECK)
            return [FollowupAction(tracker.active_loop_name)]
        check = ask_pending_check(dispatcher, tracker)
        if check is not None:
            return check
        if tracker.get_slot(TRIAGE_OUTCOME):
            dispatcher.utter_message(text=replies.NOT_UNDERSTOOD_AFTER_OUTCOME)
        else:
            dispatcher.utter_message(text=replies.NOT_UNDERSTOOD)
        return []
