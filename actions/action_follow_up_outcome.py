"""Answers a progress report: keep going, how to progress, or see someone; then
the link to the printable summary where links can be sent."""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from dialogue.tracker import give_outcome, slot_values
from triage.outcome import FOLLOW_UP


class ActionFollowUpOutcome(Action):
    def name(self) -> str:
        return "action_follow_up_outcome"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        return give_outcome(dispatcher, tracker, slot_values(tracker), FOLLOW_UP)
