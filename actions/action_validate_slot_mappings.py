"""Fills the triage slots from every user message, whatever is being asked.

Rasa runs `action_validate_slot_mappings` after every user message, before it
predicts the next action; the triage slots have custom mappings, so this is
where they are filled (and where a form's "unsure" marker is set). Once an
outcome has been given, a changed answer or a new red flag re-triages straight
away, whatever the NLU made of the message's intent, and exactly as the end of
the questions would (`triage/outcome.py`): a correction down to self-care is
followed by the routine questions. Rasa keeps the bot messages of this action
(not those of a custom mapping action), which is why the re-triage lives here.
"""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from dialogue.tracker import give_outcome, latest_turn, person_today, slot_values
from triage.answers import read_turn
from triage.contract import (
    FEELS_NOT_RIGHT,
    REQUESTED_SLOT,
    TRIAGE_FORM,
    TRIAGE_OUTCOME,
    TRIAGE_QUESTIONS,
)
from triage.outcome import CORRECTION

# Answers whose change after the outcome re-triages at once. How the routine is
# going is judged by the follow-up instead (`action_follow_up_outcome`).
RETRIAGE_SLOTS = TRIAGE_QUESTIONS + (FEELS_NOT_RIGHT,)


class ActionReadTriageAnswers(Action):
    def name(self) -> str:
        return "action_validate_slot_mappings"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        slots = slot_values(tracker)
        requested = slots.get(REQUESTED_SLOT) if tracker.active_loop_name else None
        today = person_today(tracker)
        found = read_turn(latest_turn(tracker), requested, slots, today)
        changes = {slot: value for slot, value in found.items() if slots.get(slot) != value}
        events = [SlotSet(slot, value) for slot, value in changes.items()]
        outcome_given = slots.get(TRIAGE_OUTCOME) is not None
        answers_changed = any(slot in RETRIAGE_SLOTS for slot in changes)
        if answers_changed and outcome_given and tracker.active_loop_name != TRIAGE_FORM:
            events += give_outcome(dispatcher, tracker, {**slots, **changes}, CORRECTION)
        return events
