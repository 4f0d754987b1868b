"""Coaches the routine variant that fits: the plan in real dates, then step 1."""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.coach import COACH_BUTTONS, step_text
from actions.contract import (
    CAN_KNEEL,
    COACH_STEP,
    HAS_FOAM_ROLLER,
    ROUTINE_GIVEN,
    SELF_CARE_ROUTINE,
    TRIAGE_OUTCOME,
)
from actions.conversation import can_push, onset_reason_events, person_today
from actions.plan import plan_from, plan_message
from actions.routine import WHEN_TO_STOP, choose_variant

ROUTINE_VARIANT = "routine_variant"
REMINDER_OFFER = (
    "Would you like a reminder before your next session? Say \"remind me\" "
    "(and \"cancel the reminder\" if you change your mind)."
)


def coach_buttons() -> List[Dict[str, str]]:
    return [{"title": title, "payload": payload} for title, payload in COACH_BUTTONS]


class ActionGiveRoutine(Action):
    def name(self) -> str:
        return "action_give_routine"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        if tracker.get_slot(TRIAGE_OUTCOME) != SELF_CARE_ROUTINE:
            return []
        variant = choose_variant(tracker.get_slot(CAN_KNEEL), tracker.get_slot(HAS_FOAM_ROLLER))
        dispatcher.utter_message(
            text=f"Here's your routine: {variant.title}. You'll need: {variant.equipment}"
        )
        dispatcher.utter_message(text=plan_message(plan_from(person_today(tracker))))
        dispatcher.utter_message(text=WHEN_TO_STOP)
        if can_push(tracker):
            dispatcher.utter_message(text=REMINDER_OFFER)
        dispatcher.utter_message(
            text="Let's go through it one step at a time. " + step_text(variant, 1),
            buttons=coach_buttons(),
        )
        return onset_reason_events(tracker) + [
            SlotSet(ROUTINE_VARIANT, variant.name),
            SlotSet(COACH_STEP, 1),
            SlotSet(ROUTINE_GIVEN, True),
        ]
