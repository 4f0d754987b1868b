"""speedups.event_validation: each event checked against its own type's schema gives
jsonschema's verdict on Rasa's whole response schema; a bad answer gets Rasa's error."""

from datetime import datetime

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActiveLoop,
    AllSlotsReset,
    BotUttered,
    ConversationPaused,
    ConversationResumed,
    FollowupAction,
    ReminderCancelled,
    ReminderScheduled,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)

from speedups import event_validation

SCHEMA = RemoteAction.action_response_format_spec()
CHECKS = event_validation.split_schema(SCHEMA)
EVENTS = [
    SlotSet("neck_pain", True).as_dict(),
    SlotSet("red_flags", ["numbness"]).as_dict(),
    ActionExecuted("action_listen").as_dict(),
    BotUttered("hello", {"buttons": []}).as_dict(),
    UserUttered("hi", {"name": "greet", "confidence": 1.0}).as_dict(),
    ActiveLoop("triage_form").as_dict(),
    ActiveLoop(None).as_dict(),
    FollowupAction("action_coach").as_dict(),
    Restarted().as_dict(),
    SessionStarted().as_dict(),
    AllSlotsReset().as_dict(),
    ConversationPaused().as_dict(),
    ConversationResumed().as_dict(),
    UserUtteranceReverted().as_dict(),
    ActionExecutionRejected("action_coach").as_dict(),
    ReminderScheduled("EXTERNAL_reminder", datetime(2026, 12, 3, 9), name="r").as_dict(),
    ReminderCancelled(name="r").as_dict(),
]
GOOD = [{"events": EVENTS, "responses": [{"text": "hi"}]}, {}, {"events": []}, {"responses": []}]
BAD = [
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"event": "slot"}]},
    {"events": [{"event": "slot", "name": 3, "value": 1}]},
    {"events": [{"name": "x"}]},
    {"events": [{"event": 5}]},
    {"events": ["slot"]},
    {"events": "not a list"},
    {"events": [{**EVENTS[0], "timestamp": "noon"}]},
    {"events": [{"event": "entities", "entities": "none"}]},
    {"responses": [1, 2]},
    [],
]


def _verdict(instance):
    try:
        jsonschema.validate(instance, SCHEMA)
    except jsonschema.ValidationError as error:
        return error.message, list(error.path)
    return None


def test_the_response_schema_splits_by_event_name():
    assert CHECKS is not None
    assert {"slot", "action", "bot", "user", "active_loop", "reminder"} <= set(CHECKS[1])


@pytest.mark.parametrize("instance", GOOD + BAD)
def test_the_verdict_is_jsonschemas(instance):
    assert event_validation.valid_by_type(instance, CHECKS) == (_verdict(instance) is None)


@pytest.mark.parametrize("instance", BAD)
def test_a_bad_answer_gets_rasas_own_error(instance, monkeypatch):
    monkeypatch.setattr(
        RemoteAction, "_validate_action_result", event_validation._ORIGINAL_VALIDATE_RESULT
    )
    expected = _rasa_error(instance)
    event_validation.check_events_by_type()
    assert expected is not None and _rasa_error(instance) == expected


def _rasa_error(instance):
    try:
        RemoteAction("action_coach", None)._validate_action_result(instance)
    except jsonschema.ValidationError as error:
        return error.message, list(error.path)
    return None


def test_a_schema_not_shaped_so_is_not_split():
    assert event_validation.split_schema({"type": "object"}) is None
    twice = {
        "properties": {
            "events": {"items": {"oneOf": [{"properties": {"event": {"const": "a"}}}] * 2}}
        }
    }
    assert event_validation.split_schema(twice) is None
