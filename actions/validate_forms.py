"""Form validation: a first "not sure" asks again, a red flag ends the questions.

The answers themselves are read by `action_validate_slot_mappings`; these
validators only turn its "unsure" marker into a clearer follow-up question and
decide when a form has asked enough.
"""

from typing import Any, Callable, Dict, Optional

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.contract import (
    CAN_KNEEL,
    FOLLOW_UP_FORM,
    FORGET_CONFIRMED,
    FORGET_FORM,
    HAS_FOAM_ROLLER,
    KNOT_SINCE,
    KNOT_LOCATION,
    NECK_PAIN,
    NERVE_SYMPTOMS,
    RED_FLAGS,
    REQUESTED_SLOT,
    ROUTINE_FORM,
    ROUTINE_STARTED_ON,
    SEE_PROFESSIONAL,
    SELF_CARE_ROUTINE,
    SUMMARY_FORM,
    TRIAGE_FORM,
    TRIAGE_OUTCOME,
    TRIED_STRETCHING_MASSAGE,
    UNSURE,
    UNSURE_ABOUT,
)

Validator = Callable[..., Dict[str, Any]]


def asks_again_when_unsure(slot: str) -> Validator:
    """A validator that keeps an answer, or clears an "unsure" to ask once more."""

    def validate(
        self: FormValidationAction,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[str, Any]:
        if value == UNSURE or (isinstance(value, list) and UNSURE in value):
            return {slot: None, UNSURE_ABOUT: slot}
        return {slot: value}

    return validate


def _stop_asking() -> EventType:
    return SlotSet(REQUESTED_SLOT, None)


class ValidateTriageForm(FormValidationAction):
    def name(self) -> str:
        return f"validate_{TRIAGE_FORM}"

    validate_knot_location = asks_again_when_unsure(KNOT_LOCATION)
    validate_red_flags = asks_again_when_unsure(RED_FLAGS)
    validate_neck_pain = asks_again_when_unsure(NECK_PAIN)
    validate_nerve_symptoms = asks_again_when_unsure(NERVE_SYMPTOMS)
    validate_tried_stretching_massage = asks_again_when_unsure(TRIED_STRETCHING_MASSAGE)

    async def next_requested_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Optional[EventType]:
        """A reported red flag ends the questions at once; else ask in domain order."""
        flags = tracker.slots.get(RED_FLAGS)
        if isinstance(flags, list) and flags and UNSURE not in flags:
            return _stop_asking()
        return None


class ValidateRoutineForm(FormValidationAction):
    def name(self) -> str:
        return f"validate_{ROUTINE_FORM}"

    validate_knot_since = asks_again_when_unsure(KNOT_SINCE)
    validate_can_kneel = asks_again_when_unsure(CAN_KNEEL)
    validate_has_foam_roller = asks_again_when_unsure(HAS_FOAM_ROLLER)

    async def next_requested_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Optional[EventType]:
        """No routine questions once the outcome is not self-care, or without a roller."""
        if tracker.slots.get(TRIAGE_OUTCOME) != SELF_CARE_ROUTINE:
            return _stop_asking()
        if tracker.slots.get(HAS_FOAM_ROLLER) is False and tracker.slots.get(KNOT_SINCE):
            return _stop_asking()
        return None


class ValidateSummaryForm(FormValidationAction):
    def name(self) -> str:
        return f"validate_{SUMMARY_FORM}"

    validate_knot_since = asks_again_when_unsure(KNOT_SINCE)

    async def next_requested_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Optional[EventType]:
        """Only a see-a-professional outcome gets the summary question."""
        if tracker.slots.get(TRIAGE_OUTCOME) != SEE_PROFESSIONAL:
            return _stop_asking()
        return None


class ValidateForgetForm(FormValidationAction):
    def name(self) -> str:
        return f"validate_{FORGET_FORM}"

    validate_forget_confirmed = asks_again_when_unsure(FORGET_CONFIRMED)


class ValidateFollowUpForm(FormValidationAction):
    def name(self) -> str:
        return f"validate_{FOLLOW_UP_FORM}"

    validate_routine_started_on = asks_again_when_unsure(ROUTINE_STARTED_ON)
