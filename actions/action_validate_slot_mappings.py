"""Fills the triage slots from every user message, whatever is being asked.

Rasa runs `action_validate_slot_mappings` after every user message, before it
predicts the next action; the triage slots have custom mappings, so this is
where they are filled (and where a form's "unsure" marker is set). Once an
outcome has been given, a changed answer or a new red flag re-triages straight
away, whatever the NLU made of the message's intent. Rasa keeps the bot
messages of this action (not those of a custom mapping action), which is why
the re-triage lives here.
"""

from datetime import date
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from dialogue.tracker import (
    decision_for,
    latest_turn,
    outcome_events,
    person_today,
    slot_values,
    utter_all,
    utter_summary_link,
)
from triage.answers import read_turn
from triage.contract import (
    CAN_KNEEL,
    FEELS_NOT_RIGHT,
    HAS_FOAM_ROLLER,
    REQUESTED_SLOT,
    SEE_PROFESSIONAL,
    SELF_CARE_ROUTINE,
    TRIAGE_FORM,
    TRIAGE_OUTCOME,
    TRIAGE_QUESTIONS,
    TRIAGE_REASONS,
)
from triage.outcome_messages import changed_outcome_intro, outcome_messages, summary
from triage.routine import routine_messages

# Answers whose change after the outcome re-triages at once. How the routine is
# going is judged by the follow-up instead (`action_follow_up_outcome`).
RETRIAGE_SLOTS = TRIAGE_QUESTIONS + (FEELS_NOT_RIGHT,)


def _retriage(
    dispatcher: CollectingDispatcher, tracker: Tracker, slots: Dict[str, Any], today: date
) -> List[SlotSet]:
    decision = decision_for(slots, today)
    previous_level = slots.get(TRIAGE_OUTCOME)
    if (decision.level, list(decision.reasons)) == (
        previous_level,
        list(slots.get(TRIAGE_REASONS) or []),
    ):
        return []
    texts = [changed_outcome_intro(previous_level, decision.level)]
    texts += outcome_messages(decision, slots)
    if decision.level == SEE_PROFESSIONAL:
        texts.append(summary(slots, today))
    if decision.level == SELF_CARE_ROUTINE:
        texts += routine_messages(slots.get(CAN_KNEEL), slots.get(HAS_FOAM_ROLLER))
    utter_all(dispatcher, texts)
    utter_summary_link(dispatcher, tracker)
    return outcome_events(decision)


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
            events += _retriage(dispatcher, tracker, {**slots, **changes}, today)
        return events
