"""Replies to anything that is not an answer while a form is asking.

Rules send every such message here; the form then asks its question again.
"Why do you ask?" gets the reason for the current question.
"""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from triage.contract import (
    INTENT_ASK_WHY,
    INTENT_BOT_CHALLENGE,
    INTENT_GREET,
    INTENT_OUT_OF_SCOPE,
    INTENT_THANK,
    REQUESTED_SLOT,
    UTTER_GREET_DURING_QUESTIONS,
    UTTER_I_AM_A_BOT,
    UTTER_NOT_UNDERSTOOD_IN_CHECK,
    UTTER_OUT_OF_SCOPE,
    UTTER_YOU_ARE_WELCOME,
)
from triage.questions import ASKED, why

RESPONSES_BY_INTENT = {
    INTENT_THANK: UTTER_YOU_ARE_WELCOME,
    INTENT_BOT_CHALLENGE: UTTER_I_AM_A_BOT,
    INTENT_OUT_OF_SCOPE: UTTER_OUT_OF_SCOPE,
}


class ActionRespondDuringQuestions(Action):
    def name(self) -> str:
        return "action_respond_during_questions"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        requested = tracker.get_slot(REQUESTED_SLOT)
        if intent == INTENT_ASK_WHY and requested in ASKED:
            dispatcher.utter_message(response=why(requested))
        elif intent == INTENT_GREET:
            dispatcher.utter_message(response=UTTER_GREET_DURING_QUESTIONS)
        elif intent in RESPONSES_BY_INTENT:
            dispatcher.utter_message(response=RESPONSES_BY_INTENT[intent])
        else:
            dispatcher.utter_message(response=UTTER_NOT_UNDERSTOOD_IN_CHECK)
        return []
