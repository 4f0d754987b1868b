"""Reading the conversation state from a rasa-sdk tracker.

Small helpers shared by the actions, so each action stays a few lines of glue.
"""

import os
from datetime import date
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from keepsakes.links import ConversationLinks, conversation_links
from triage import sign_checks
from triage.answers import Turn, mentions_from_entities
from triage.contract import (
    FOLLOW_UP_FORM,
    KNOT_SINCE,
    KNOT_SINCE_PREFIX,
    ROUTINE_GIVEN,
    ROUTINE_PROGRESS,
    SLACK_CHANNEL,
    TRIAGE_OUTCOME,
    TRIAGE_REASONS,
    WEB_CHAT_CHANNEL,
)
from triage.dates import today_in
from triage.decision import Decision, answers_from_slots, decide
from triage.outcome import CORRECTION, QUESTIONS_DONE, next_form, outcome_reply

PUSH_CHANNELS = (WEB_CHAT_CHANNEL, SLACK_CHANNEL)


def latest_turn(tracker: Tracker) -> Turn:
    """The latest user message as the answer reader sees it."""
    message = tracker.latest_message or {}
    intent = (message.get("intent") or {}).get("name")
    said = [event.get("text") for event in tracker.events if event.get("event") == "user"]
    return Turn(
        text=message.get("text") or "",
        intent=intent,
        mentions=tuple(mentions_from_entities(message.get("entities") or [])),
        previous_text=said[-2] if len(said) > 1 else None,
    )


def timezone_of(tracker: Tracker) -> Optional[str]:
    """The person's IANA time zone, when the channel sends one in the metadata."""
    metadata = (tracker.latest_message or {}).get("metadata") or {}
    zone = metadata.get("timezone") if isinstance(metadata, dict) else None
    return zone if isinstance(zone, str) else None


def person_today(tracker: Tracker) -> date:
    """Today in the person's time zone (UTC when the channel gives none)."""
    return today_in(timezone_of(tracker))


def can_push(tracker: Tracker) -> bool:
    """True on channels that can send a message unprompted (reminders)."""
    return tracker.get_latest_input_channel() in PUSH_CHANNELS


def links_for(tracker: Tracker) -> Optional[ConversationLinks]:
    """The conversation's links (summary, calendar file, pictures) worded for its
    channel, bound to its first event; None where none can be sent."""
    first = next(
        (
            event["timestamp"]
            for event in tracker.events
            if isinstance(event.get("timestamp"), (int, float))
        ),
        None,
    )
    return conversation_links(
        os.environ, tracker.get_latest_input_channel(), tracker.sender_id, first
    )


def utter_summary_link(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """The link to the printable summary, where links can be sent."""
    links = links_for(tracker)
    if links:
        dispatcher.utter_message(text=links.summary_text())


def slot_values(tracker: Tracker) -> Dict[str, Any]:
    """A copy of the current slot values."""
    return dict(tracker.current_slot_values())


def decision_for(slots: Dict[str, Any], today: Optional[date] = None) -> Decision:
    """The triage decision for slot values."""
    return decide(answers_from_slots(slots, today))


def give_outcome(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    slots: Dict[str, Any],
    occasion: str = QUESTIONS_DONE,
) -> List[EventType]:
    """Gives the outcome for `slots` (`triage/outcome.py`): its messages, the
    summary link where one is due and can be sent, then the slot changes and
    the form that asks what it still needs."""
    today = person_today(tracker)
    reply = outcome_reply(decision_for(slots, today), slots, today, occasion)
    for message in reply.messages:
        dispatcher.utter_message(**message)
    if reply.summary_link:
        utter_summary_link(dispatcher, tracker)
    events: List[EventType] = [SlotSet(slot, value) for slot, value in reply.slots.items()]
    return events + ([FollowupAction(reply.next_form)] if reply.next_form else [])


def onset_reason_events(tracker: Tracker) -> List[SlotSet]:
    """Adds `knot_since:<date>` to the reasons once the onset question is answered."""
    since = tracker.get_slot(KNOT_SINCE)
    reasons = list(tracker.get_slot(TRIAGE_REASONS) or [])
    try:
        reason = KNOT_SINCE_PREFIX + date.fromisoformat(str(since)).isoformat()
    except ValueError:
        return []
    kept = [r for r in reasons if not r.startswith(KNOT_SINCE_PREFIX)]
    return [] if reason in reasons else [SlotSet(TRIAGE_REASONS, kept + [reason])]


def events_since_user_message(tracker: Tracker) -> List[Dict[str, Any]]:
    """The events logged after the latest user message."""
    events = list(tracker.events)
    for index in range(len(events) - 1, -1, -1):
        if events[index].get("event") == "user":
            return events[index + 1 :]
    return events


def set_this_turn(tracker: Tracker, *slots: str) -> bool:
    """True when one of `slots` was set since the latest user message."""
    return any(
        event.get("event") == "slot" and event.get("name") in slots
        for event in events_since_user_message(tracker)
    )


def outcome_changed_this_turn(tracker: Tracker) -> bool:
    """True when the latest message already led to a revised outcome."""
    return set_this_turn(tracker, TRIAGE_OUTCOME)


def form_after_correction(tracker: Tracker) -> List[EventType]:
    """The form that an outcome corrected earlier in this turn asks next (the
    planning questions for self-care), as a follow-up action. Rasa keeps only
    slots and messages from `action_validate_slot_mappings` (its
    `_run_custom_action`), so the action that runs after it starts the form."""
    if not outcome_changed_this_turn(tracker):
        return []
    form = next_form(tracker.get_slot(TRIAGE_OUTCOME), CORRECTION)
    return [FollowupAction(form)] if form and form != tracker.active_loop_name else []


def follow_up_began(tracker: Tracker) -> bool:
    """True when the latest message was a report on the routine: its progress read
    this turn, from someone given the routine or who said plainly they are doing it
    (`triage.date_answers` reads progress from no one else unless asked)."""
    return bool(tracker.get_slot(ROUTINE_GIVEN)) and set_this_turn(tracker, ROUTINE_PROGRESS)


def follow_up_after_report(tracker: Tracker) -> List[EventType]:
    """The follow-up questions, as a follow-up action, once a form ended for a report
    on the routine (they ask only what the report left out, then the outcome)."""
    return [FollowupAction(FOLLOW_UP_FORM)] if follow_up_began(tracker) else []


def ask_pending_check(
    dispatcher: CollectingDispatcher, tracker: Tracker
) -> Optional[List[SlotSet]]:
    """Outside the forms: put the next warning-sign question out, if one is due.

    Returns its events, or None when no question about a warning sign is due.
    """
    slots = slot_values(tracker)
    check = sign_checks.next_check(slots)
    message = sign_checks.check_message({**slots, **check})
    if not message:
        return None
    dispatcher.utter_message(**message)
    return [SlotSet(slot, value) for slot, value in check.items()]


def last_bot_response(tracker: Tracker) -> Optional[str]:
    """The name of the domain response the assistant's latest message came from, if any."""
    for event in reversed(tracker.events):
        if event.get("event") == "bot":
            return (event.get("metadata") or {}).get("utter_action")
    return None
