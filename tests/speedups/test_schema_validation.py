"""speedups.schema_validation: the same verdicts as jsonschema.validate, compiled once."""

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from speedups import schema_validation

SCHEMA = RemoteAction.action_response_format_spec()
GOOD = {"events": [{"event": "slot", "name": "neck_pain", "value": True}], "responses": []}
BAD = [
    {"events": [{"event": "no_such_event"}]},
    {"events": "not a list"},
    {"responses": [1, 2]},
    {"events": [{"event": "slot"}]},
]


def _error(validate, instance, schema=SCHEMA):
    try:
        validate(instance, schema)
    except jsonschema.ValidationError as error:
        return error.message, list(error.path)
    return None


def test_a_valid_action_answer_passes():
    assert schema_validation.validate(GOOD, SCHEMA) is None


@pytest.mark.parametrize("instance", BAD)
def test_an_invalid_answer_raises_the_same_error_as_jsonschema(instance):
    original = _error(schema_validation._ORIGINAL_VALIDATE, instance)
    assert original is not None
    assert _error(schema_validation.validate, instance) == original


def test_an_invalid_schema_is_still_refused():
    with pytest.raises(jsonschema.SchemaError):
        schema_validation.validate({}, {"type": "no such type"})


def test_each_schema_is_compiled_once():
    schema_validation._validator.cache_clear()
    for _ in range(5):
        schema_validation.validate(GOOD, RemoteAction.action_response_format_spec())
    info = schema_validation._validator.cache_info()
    assert (info.misses, info.hits) == (1, 4)


def test_rasa_rejects_a_bad_action_answer_after_the_swap(monkeypatch):
    monkeypatch.setattr(jsonschema, "validate", jsonschema.validate)  # restored afterwards
    schema_validation.reuse_validators()
    assert jsonschema.validate is schema_validation.validate
    action = RemoteAction("action_triage_outcome", None)
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server"):
        action._validate_action_result(BAD[0])
    assert action._validate_action_result(GOOD) is True


@pytest.mark.parametrize(
    "setting, swapped",
    [(None, True), ("true", True), ("false", False), ("0", False), (" OFF ", False)],
)
def test_rasa_main_swaps_unless_turned_off(monkeypatch, setting, swapped):
    import rasa.__main__

    from launcher import rasa_main

    monkeypatch.setattr(jsonschema, "validate", schema_validation._ORIGINAL_VALIDATE)
    if setting is None:
        monkeypatch.delenv("FAST_ACTION_VALIDATION", raising=False)
    else:
        monkeypatch.setenv("FAST_ACTION_VALIDATION", setting)
    seen = []
    monkeypatch.setattr(rasa.__main__, "main", lambda: seen.append(jsonschema.validate))
    monkeypatch.setattr("sys.argv", ["launcher/rasa_main.py", "run"])
    rasa_main.main()
    assert (seen[0] is schema_validation.validate) is swapped
