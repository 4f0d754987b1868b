"""Coaches the routine variant that fits: the plan in real dates (with a
calendar file and the printable summary where links can be sent), then step 1
with its picture."""

from typing import Any, Dict, List, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from dialogue.tracker import can_push, links_for, onset_reason_events, person_today
from keepsakes.links import ConversationLinks
from triage.coach import COACH_BUTTONS, step_text
from triage.contract import (
    CAN_KNEEL,
    COACH_STEP,
    HAS_FOAM_ROLLER,
    ROUTINE_GIVEN,
    ROUTINE_VARIANT,
    SELF_CARE_ROUTINE,
    TRIAGE_OUTCOME,
    UTTER_REMINDER_OFFER,
    UTTER_ROUTINE_INTRO,
)
from triage.plan import plan_from, plan_message
from triage.routine import WHEN_TO_STOP, Variant, choose_variant


def coach_buttons() -> List[Dict[str, str]]:
    return [{"title": title, "payload": payload} for title, payload in COACH_BUTTONS]


def utter_step(
    dispatcher: CollectingDispatcher,
    links: Optional[ConversationLinks],
    variant: Variant,
    step: int,
    text: str,
) -> None:
    """A coached step: its picture first where links can be sent, then the text
    with the coach buttons (rasa-webchat shows quick replies only on the last
    message, so the picture can't come after them)."""
    picture = links.picture_message(variant.name, step) if links else None
    if picture:
        dispatcher.utter_message(**picture)
    dispatcher.utter_message(text=text, buttons=coach_buttons())


class ActionGiveRoutine(Action):
    def name(self) -> str:
        return "action_give_routine"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        if tracker.get_slot(TRIAGE_OUTCOME) != SELF_CARE_ROUTINE:
            return []
        variant = choose_variant(tracker.get_slot(CAN_KNEEL), tracker.get_slot(HAS_FOAM_ROLLER))
        links = links_for(tracker)
        dispatcher.utter_message(
            response=UTTER_ROUTINE_INTRO, title=variant.title, equipment=variant.equipment
        )
        dispatcher.utter_message(text=plan_message(plan_from(person_today(tracker))))
        if links:
            dispatcher.utter_message(text=links.calendar_text())
        dispatcher.utter_message(text=WHEN_TO_STOP)
        if can_push(tracker):
            dispatcher.utter_message(response=UTTER_REMINDER_OFFER)
        if links:
            dispatcher.utter_message(text=links.summary_text())
        utter_step(
            dispatcher,
            links,
            variant,
            1,
            "Let's go through it one step at a time. " + step_text(variant, 1),
        )
        return onset_reason_events(tracker) + [
            SlotSet(ROUTINE_VARIANT, variant.name),
            SlotSet(COACH_STEP, 1),
            SlotSet(ROUTINE_GIVEN, True),
        ]
