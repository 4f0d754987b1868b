"""Reading the conversation state from a rasa-sdk tracker.

Small helpers shared by the actions, so each action stays a few lines of glue.
"""

from typing import Any, Dict, List

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.answers import Turn, mentions_from_entities
from actions.contract import CHECK_COMPLETE, TRIAGE_OUTCOME, TRIAGE_REASONS
from actions.triage_decision import Decision, answers_from_slots, decide


def latest_turn(tracker: Tracker) -> Turn:
    """The latest user message as the answer reader sees it."""
    message = tracker.latest_message or {}
    intent = (message.get("intent") or {}).get("name")
    return Turn(
        text=message.get("text") or "",
        intent=intent,
        mentions=tuple(mentions_from_entities(message.get("entities") or [])),
    )


def slot_values(tracker: Tracker) -> Dict[str, Any]:
    """A copy of the current slot values."""
    return dict(tracker.current_slot_values())


def decision_for(slots: Dict[str, Any]) -> Decision:
    """The triage decision for slot values."""
    return decide(answers_from_slots(slots))


def outcome_events(decision: Decision) -> List[SlotSet]:
    """The events that store a decision in the contract slots."""
    return [
        SlotSet(TRIAGE_OUTCOME, decision.level),
        SlotSet(TRIAGE_REASONS, list(decision.reasons)),
        SlotSet(CHECK_COMPLETE, True),
    ]


def events_since_user_message(tracker: Tracker) -> List[Dict[str, Any]]:
    """The events logged after the latest user message."""
    events = list(tracker.events)
    for index in range(len(events) - 1, -1, -1):
        if events[index].get("event") == "user":
            return events[index + 1 :]
    return events


def outcome_changed_this_turn(tracker: Tracker) -> bool:
    """True when the latest message already led to a revised outcome."""
    return any(
        event.get("event") == "slot" and event.get("name") == TRIAGE_OUTCOME
        for event in events_since_user_message(tracker)
    )
