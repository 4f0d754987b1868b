"""Opens the check (the form follows by rule), or answers a message after the outcome.

After the outcome, a changed answer has already been re-triaged by
`action_validate_slot_mappings`; this action then says nothing more, and starts
the planning questions when the correction led to self-care.
"""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from dialogue.tracker import (
    ask_pending_check,
    form_after_correction,
    outcome_changed_this_turn,
    set_this_turn,
)
from triage.contract import (
    ANSWER_INTENTS,
    FOLLOW_UP_FORM,
    INTRO_GIVEN,
    ROUTINE_GIVEN,
    ROUTINE_PROGRESS,
    ROUTINE_STARTED_ON,
    TRIAGE_OUTCOME,
    UTTER_ADVICE_STANDS,
    UTTER_ADVICE_UNCHANGED,
    UTTER_INTRO,
    UTTER_WELCOME_BACK,
)
from triage.outcome_messages import HEADLINES


class ActionContinueCheck(Action):
    def name(self) -> str:
        return "action_continue_check"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        outcome = tracker.get_slot(TRIAGE_OUTCOME)
        if outcome is None:
            if tracker.get_slot(ROUTINE_GIVEN) and not tracker.active_loop_name:
                # Someone back to report on the routine: the follow-up questions.
                dispatcher.utter_message(response=UTTER_WELCOME_BACK)
                return [SlotSet(INTRO_GIVEN, True), FollowupAction(FOLLOW_UP_FORM)]
            events: List[Dict[str, Any]] = []
            if not tracker.get_slot(INTRO_GIVEN):
                dispatcher.utter_message(response=UTTER_INTRO)
                events.append(SlotSet(INTRO_GIVEN, True))
            return events
        check = ask_pending_check(dispatcher, tracker)
        if check is not None:
            return check
        if outcome_changed_this_turn(tracker):
            return form_after_correction(tracker)
        if tracker.get_slot(ROUTINE_GIVEN) and set_this_turn(
            tracker, ROUTINE_PROGRESS, ROUTINE_STARTED_ON
        ):
            # A report on the routine, whatever the intent: the follow-up takes it.
            return [FollowupAction(FOLLOW_UP_FORM)]
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        reply = UTTER_ADVICE_UNCHANGED if intent in ANSWER_INTENTS else UTTER_ADVICE_STANDS
        dispatcher.utter_message(response=reply, headline=HEADLINES.get(outcome, ""))
        return []
