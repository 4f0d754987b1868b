"""jsonschema's `validate`, with each distinct schema checked and compiled once.

Rasa 3.6 checks every answer of the action server with `jsonschema.validate`,
which first validates the schema itself against the JSON Schema meta-schema and
builds a new validator on every call: about 15 ms of CPU per remote action here,
and a turn runs three or four. `reuse_validators()` swaps in a `validate` that
does the same check (same validator class, same error raised) with a validator
built once per schema. Rasa imports `validate` from jsonschema at call time, so
the swap reaches it.
"""

import functools
import json
from typing import Any, Optional

import jsonschema
from jsonschema import exceptions, validators

_ORIGINAL_VALIDATE = jsonschema.validate


@functools.lru_cache(maxsize=64)
def _validator(cls: Optional[type], schema_json: str) -> Any:
    schema = json.loads(schema_json)
    klass = cls or validators.validator_for(schema)
    klass.check_schema(schema)
    return klass(schema)


def validate(
    instance: Any, schema: Any, cls: Optional[type] = None, *args: Any, **kwargs: Any
) -> None:
    """Like `jsonschema.validate`: raise the best-matching ValidationError, if any."""
    try:
        schema_json = json.dumps(schema, sort_keys=True)
    except (TypeError, ValueError):
        schema_json = None
    if args or kwargs or schema_json is None:
        return _ORIGINAL_VALIDATE(instance, schema, cls, *args, **kwargs)
    error = exceptions.best_match(_validator(cls, schema_json).iter_errors(instance))
    if error is not None:
        raise error


def reuse_validators() -> None:
    """Make `jsonschema.validate` (as Rasa calls it) reuse compiled validators."""
    jsonschema.validate = validate
