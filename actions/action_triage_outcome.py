"""Gives the triage outcome when the questions are done (or a red flag cut them short).

What is said and what comes next is `triage/outcome.py`'s: a self-care outcome
is followed by the routine questions, a see-a-professional outcome by the
summary question (see data/rules); the urgent levels give the link to the
printable summary at once.
"""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from dialogue.tracker import give_outcome, slot_values


class ActionTriageOutcome(Action):
    def name(self) -> str:
        return "action_triage_outcome"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        return give_outcome(dispatcher, tracker, slot_values(tracker))
