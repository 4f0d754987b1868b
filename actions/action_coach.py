"""Next, back, repeat, show all steps and "it hurts" during the routine; a step
shown on its own comes with its picture where links can be sent."""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.action_give_routine import coach_buttons, utter_step
from dialogue.tracker import links_for
from triage.coach import ALL, HURTS, coach_reply
from triage.contract import COACH_STEP, ROUTINE_VARIANT
from triage.routine import KNEELING, VARIANTS


class ActionCoach(Action):
    def name(self) -> str:
        return "action_coach"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        variant = VARIANTS.get(tracker.get_slot(ROUTINE_VARIANT) or "", VARIANTS[KNEELING])
        command = (tracker.latest_message.get("intent") or {}).get("name") or ""
        step = tracker.get_slot(COACH_STEP)
        messages, new_step = coach_reply(variant, int(step) if step else None, command)
        if command not in (HURTS, ALL) and new_step is not None:
            utter_step(dispatcher, links_for(tracker), variant, new_step, messages[0]["text"])
            return [SlotSet(COACH_STEP, new_step)]
        for index, message in enumerate(messages):
            last = index == len(messages) - 1
            buttons = coach_buttons() if last and command != HURTS else []
            dispatcher.utter_message(**message, buttons=buttons)
        return [SlotSet(COACH_STEP, new_step)]
