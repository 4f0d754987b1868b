"""Gives the summary to show a professional, once the onset question is answered,
and the link to its printable page where links can be sent."""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from dialogue.tracker import onset_reason_events, person_today, slot_values, utter_summary_link
from triage.contract import SEE_PROFESSIONAL, TRIAGE_OUTCOME
from triage.outcome_messages import summary


class ActionGiveSummary(Action):
    def name(self) -> str:
        return "action_give_summary"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        if tracker.get_slot(TRIAGE_OUTCOME) != SEE_PROFESSIONAL:
            return []
        dispatcher.utter_message(text=summary(slot_values(tracker), person_today(tracker)))
        utter_summary_link(dispatcher, tracker)
        return onset_reason_events(tracker)
