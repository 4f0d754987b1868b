"""Form validation: a first "not sure" asks again, a red flag ends the questions.

The answers themselves are read by `action_validate_slot_mappings`; these
validators only turn its "unsure" marker into a clearer follow-up question,
decide when a form has asked enough, and ask the next question themselves:
the domain has no `action_ask_<slot>`, so Rasa's form sends nothing more and a
turn costs one action-server call less.
"""

from abc import abstractmethod
from typing import Any, Callable, Dict, List, Optional

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import sign_checks
from actions.ask_questions import question_message
from actions.conversation import last_bot_text, set_this_turn
from actions.questions import QUESTIONS
from actions.contract import (
    CAN_KNEEL,
    CHECKING_SIGNS,
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
    SIGNS_CHECKED,
    SIGNS_TO_CHECK,
    ROUTINE_FORM,
    ROUTINE_PROGRESS,
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


_CHECK_SLOTS = (CHECKING_SIGNS, SIGNS_TO_CHECK, SIGNS_CHECKED, UNSURE_ABOUT, RED_FLAGS)


class AskingFormValidation(FormValidationAction):
    """Validates a form's answers, then asks its next question in the same call.

    A closed question about a warning sign comes before the form's own
    questions, and the form does not end while one is out.
    """

    @abstractmethod
    def name(self) -> str:
        """`validate_<form>` (abstract: rasa-sdk registers only concrete actions)."""

    # The slot named as requested while a warning-sign question is out.
    check_slot: Optional[str] = None

    def stop_asking(self, slots: Dict[str, Any]) -> bool:
        """Whether the form has asked enough, whatever is still empty."""
        return False

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        """The form's validation, with the next warning-sign question put out first."""
        check = sign_checks.next_check(dict(tracker.slots))
        if not check and set_this_turn(tracker, *_CHECK_SLOTS):
            # Tells Rasa's form the message was an answer (not an aside).
            check = {CHECKING_SIGNS: tracker.get_slot(CHECKING_SIGNS)}
        events = [SlotSet(slot, value) for slot, value in check.items()]
        tracker.add_slots(events)
        return events + await super().get_validation_events(dispatcher, tracker, domain)

    async def next_requested_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Optional[EventType]:
        """The first empty slot in domain order (asked now), or none to end the form."""
        slots = dict(tracker.slots)
        required = self.domain_slots(domain)
        missing: List[str] = [name for name in required if slots.get(name) is None]
        if self.stop_asking(slots):
            return SlotSet(REQUESTED_SLOT, None)
        check = sign_checks.check_message(slots)
        if check:
            dispatcher.utter_message(**check)
            return SlotSet(REQUESTED_SLOT, self.check_slot or (missing or required)[0])
        if not missing:
            return SlotSet(REQUESTED_SLOT, None)
        if missing[0] in QUESTIONS:
            dispatcher.utter_message(**question_message(missing[0], slots, last_bot_text(tracker)))
        return SlotSet(REQUESTED_SLOT, missing[0])


class ValidateTriageForm(AskingFormValidation):
    check_slot = RED_FLAGS

    def name(self) -> str:
        return f"validate_{TRIAGE_FORM}"

    validate_knot_location = asks_again_when_unsure(KNOT_LOCATION)
    validate_red_flags = asks_again_when_unsure(RED_FLAGS)
    validate_neck_pain = asks_again_when_unsure(NECK_PAIN)
    validate_nerve_symptoms = asks_again_when_unsure(NERVE_SYMPTOMS)
    validate_tried_stretching_massage = asks_again_when_unsure(TRIED_STRETCHING_MASSAGE)

    def stop_asking(self, slots: Dict[str, Any]) -> bool:
        """A reported red flag ends the questions at once."""
        flags = slots.get(RED_FLAGS)
        return (
            isinstance(flags, list)
            and bool(flags)
            and UNSURE not in flags
            and not sign_checks.could_raise(slots)
        )


class ValidateRoutineForm(AskingFormValidation):
    def name(self) -> str:
        return f"validate_{ROUTINE_FORM}"

    validate_knot_since = asks_again_when_unsure(KNOT_SINCE)
    validate_can_kneel = asks_again_when_unsure(CAN_KNEEL)
    validate_has_foam_roller = asks_again_when_unsure(HAS_FOAM_ROLLER)

    def stop_asking(self, slots: Dict[str, Any]) -> bool:
        """No routine questions once the outcome is not self-care, or without a roller."""
        if slots.get(TRIAGE_OUTCOME) != SELF_CARE_ROUTINE:
            return True
        return slots.get(HAS_FOAM_ROLLER) is False and bool(slots.get(KNOT_SINCE))


class ValidateSummaryForm(AskingFormValidation):
    def name(self) -> str:
        return f"validate_{SUMMARY_FORM}"

    validate_knot_since = asks_again_when_unsure(KNOT_SINCE)

    def stop_asking(self, slots: Dict[str, Any]) -> bool:
        """Only a see-a-professional outcome gets the summary question."""
        return slots.get(TRIAGE_OUTCOME) != SEE_PROFESSIONAL


class ValidateForgetForm(AskingFormValidation):
    def name(self) -> str:
        return f"validate_{FORGET_FORM}"

    validate_forget_confirmed = asks_again_when_unsure(FORGET_CONFIRMED)


class ValidateFollowUpForm(AskingFormValidation):
    def name(self) -> str:
        return f"validate_{FOLLOW_UP_FORM}"

    validate_routine_started_on = asks_again_when_unsure(ROUTINE_STARTED_ON)
    validate_routine_progress = asks_again_when_unsure(ROUTINE_PROGRESS)
