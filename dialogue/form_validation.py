"""What every form validator shares: "not sure" asks again, checks come first.

The answers themselves are read by `action_validate_slot_mappings`; these
validators only turn its "unsure" marker into a clearer follow-up question,
decide when a form has asked enough, and ask the next question themselves,
by its domain response (`utter_question_<slot>`, with its variables). The
domain has no `action_ask_<slot>` nor `utter_ask_<slot>`, so Rasa's form sends
nothing more and a turn costs one action-server call less.
"""

from abc import abstractmethod
from typing import Any, Callable, Dict, List, Optional

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from dialogue.tracker import (
    follow_up_after_report,
    follow_up_began,
    form_after_correction,
    last_bot_response,
    set_this_turn,
)
from triage import sign_checks
from triage.ask_questions import question_message
from triage.contract import (
    CHECKING_SIGNS,
    RED_FLAGS,
    REQUESTED_SLOT,
    SIGNS_CHECKED,
    SIGNS_TO_CHECK,
    UNSURE,
    UNSURE_ABOUT,
)
from triage.questions import ASKED

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
    # Whether a report on the routine ends the form for the follow-up questions.
    ends_for_follow_up: bool = False

    def stop_asking(self, slots: Dict[str, Any]) -> bool:
        """Whether the form has asked enough, whatever is still empty."""
        return False

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        """The form's events; a form that an answer corrected this turn has ended
        hands over to the one the new outcome needs, one a report on the routine
        ended to the follow-up questions."""
        events = await super().run(dispatcher, tracker, domain)
        if events[-1:] != [SlotSet(REQUESTED_SLOT, None)]:
            return events
        handover = form_after_correction(tracker)
        if not handover and self.ends_for_follow_up:
            handover = follow_up_after_report(tracker)
        return events + handover

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
        if self.stop_asking(slots) or (self.ends_for_follow_up and follow_up_began(tracker)):
            return SlotSet(REQUESTED_SLOT, None)
        check = sign_checks.check_message(slots)
        if check:
            dispatcher.utter_message(**check)
            return SlotSet(REQUESTED_SLOT, self.check_slot or (missing or required)[0])
        if not missing:
            return SlotSet(REQUESTED_SLOT, None)
        if missing[0] in ASKED:
            message = question_message(missing[0], slots, last_bot_response(tracker))
            dispatcher.utter_message(**message)
        return SlotSet(REQUESTED_SLOT, missing[0])
