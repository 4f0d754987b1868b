"""Answers a progress report: keep going, how to progress, or see someone; then
the link to the printable summary where links can be sent."""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from dialogue.tracker import (
    decision_for,
    outcome_events,
    person_today,
    slot_values,
    utter_all,
    utter_summary_link,
)
from triage.follow_up_messages import follow_up_messages


class ActionFollowUpOutcome(Action):
    def name(self) -> str:
        return "action_follow_up_outcome"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        slots = slot_values(tracker)
        today = person_today(tracker)
        decision = decision_for(slots, today)
        utter_all(dispatcher, follow_up_messages(decision, slots, today))
        utter_summary_link(dispatcher, tracker)
        return list(outcome_events(decision))
