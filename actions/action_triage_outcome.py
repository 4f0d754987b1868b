"""Gives the triage outcome when the questions are done (or a red flag cut them short).

A self-care outcome is followed by the routine questions, a see-a-professional
outcome by the summary (see data/rules); each of those gives the link to the
printable summary when it is done, the urgent levels give it at once.
"""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from dialogue.tracker import (
    decision_for,
    outcome_events,
    slot_values,
    utter_all,
    utter_summary_link,
)
from triage.contract import SEE_PROFESSIONAL, SELF_CARE_ROUTINE
from triage.decision import is_escalation
from triage.outcome_messages import outcome_messages


class ActionTriageOutcome(Action):
    def name(self) -> str:
        return "action_triage_outcome"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        slots = slot_values(tracker)
        decision = decision_for(slots)
        utter_all(dispatcher, outcome_messages(decision, slots))
        if is_escalation(decision.level):
            utter_summary_link(dispatcher, tracker)
        if decision.level == SELF_CARE_ROUTINE:
            dispatcher.utter_message(
                text="A few quick questions so I can plan the routine with you."
            )
        if decision.level == SEE_PROFESSIONAL:
            dispatcher.utter_message(text="One more question for the summary to show them.")
        return list(outcome_events(decision))
