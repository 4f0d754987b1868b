"""Replies to anything that is not an answer while a form is asking.

Rules send every such message here; the form then asks its question again.
"Why do you ask?" gets the reason for the current question.
"""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from triage import replies
from triage.contract import REQUESTED_SLOT
from triage.questions import QUESTIONS

RESPONSES_BY_INTENT = {
    "thank": "utter_you_are_welcome",
    "bot_challenge": "utter_i_am_a_bot",
    "out_of_scope": "utter_out_of_scope",
}


class ActionRespondDuringQuestions(Action):
    def name(self) -> str:
        return "action_respond_during_questions"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        question = QUESTIONS.get(tracker.get_slot(REQUESTED_SLOT) or "")
        if intent == "ask_why" and question:
            dispatcher.utter_message(text=f"Good question. {question.why}")
        elif intent == "greet":
            dispatcher.utter_message(text=replies.GREET_DURING_QUESTIONS)
        elif intent in RESPONSES_BY_INTENT:
            dispatcher.utter_message(response=RESPONSES_BY_INTENT[intent])
        else:
            dispatcher.utter_message(text=replies.NOT_UNDERSTOOD_IN_CHECK)
        return []
