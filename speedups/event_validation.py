"""Action server answers checked event by event against the one schema their type names.

Rasa 3.6 checks each answer of the action server against its response schema, in
which every event must match exactly one of 23 event schemas (`oneOf`): jsonschema
checks each event against all 23. Each of those schemas fixes the event's `event`
name to a constant of its own, so an event whose name is X fails every schema but
X's, and the `oneOf` holds exactly when X's schema does. `check_events_by_type()`
makes Rasa check the answer without the `oneOf`, then each event against its own
type's schema: the same verdict. Whenever that check fails (or the schema is not
shaped so), Rasa's own check runs and raises its own error.
"""

from typing import Any, Callable, Dict, Optional, Tuple

from jsonschema import validators
from rasa.core.actions.action import RemoteAction

_ORIGINAL_VALIDATE_RESULT = RemoteAction._validate_action_result
Check = Callable[[Any], bool]


def split_schema(schema: Dict[str, Any]) -> Optional[Tuple[Check, Dict[str, Check]]]:
    """The answer's check without the events' `oneOf`, and one check per event name;
    None unless every alternative fixes `event` to a distinct constant."""
    try:
        event_schema = schema["properties"]["events"]["items"]
        alternatives = event_schema["oneOf"]
        names = [alternative["properties"]["event"]["const"] for alternative in alternatives]
    except (KeyError, TypeError):
        return None
    if len(set(names)) != len(names):
        return None
    klass = validators.validator_for(schema)
    base_event = {key: value for key, value in event_schema.items() if key != "oneOf"}
    events = {**schema["properties"]["events"], "items": base_event}
    base = {**schema, "properties": {**schema["properties"], "events": events}}
    by_name = {name: klass(alt).is_valid for name, alt in zip(names, alternatives, strict=True)}
    return klass(base).is_valid, by_name


def valid_by_type(result: Any, checks: Tuple[Check, Dict[str, Check]]) -> bool:
    """Whether `result` is valid: the answer's check, then each event by its name."""
    base, by_name = checks
    if not base(result):
        return False
    for event in result.get("events") or []:
        check = by_name.get(event["event"])
        if check is None or not check(event):
            return False
    return True


_CHECKS = split_schema(RemoteAction.action_response_format_spec())


def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
    if _CHECKS is not None and valid_by_type(result, _CHECKS):
        return True
    return _ORIGINAL_VALIDATE_RESULT(self, result)


def check_events_by_type() -> None:
    """Make Rasa check each answer's events against their own type's schema only."""
    RemoteAction._validate_action_result = _validate_action_result
