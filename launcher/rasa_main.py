"""Rasa's command line, run the way we serve it: `python -m launcher.rasa_main run ...`.

The same as the `rasa` command, with seven changes (docs/performance.md has the
figures), each of which an environment variable set to `false` turns off:

- `FAST_ACTION_VALIDATION`: answers are checked with validators built once
  (`speedups.schema_validation`);
- `SEND_RECENT_EVENTS`: a call carries the tracker's state and the recent events
  only, not every event of the session (`speedups.action_calls`);
- `REUSE_ACTION_CONNECTIONS`: calls reuse kept-alive HTTP connections
  (`speedups.action_calls`);
- `BOUNDED_RULE_STATES`: the rule policy builds a conversation's states once per
  event and looks at as many as its longest rule (`speedups.rule_states`);
- `REMEMBER_APPLIED_EVENTS`: a tracker keeps its applied events between calls
  (`speedups.applied_events`);
- `FAST_TRACKER_COPY`: the tracker is copied before each action without replaying
  the session (`speedups.tracker_copy`);
- `FAST_EVENT_VALIDATION`: each event of an answer is checked against its own
  type's schema, not against all 23 (`speedups.event_validation`).

All seven off run Rasa exactly as installed.
"""

import os
import sys

OFF = ("0", "false", "no", "off")


def switched_on(name: str) -> bool:
    """True unless the environment variable `name` says false, no, off or 0."""
    return os.environ.get(name, "true").strip().lower() not in OFF


def main() -> None:
    if switched_on("FAST_ACTION_VALIDATION"):
        from speedups.schema_validation import reuse_validators

        reuse_validators()
    if switched_on("SEND_RECENT_EVENTS") or switched_on("REUSE_ACTION_CONNECTIONS"):
        from speedups import action_calls

        if switched_on("SEND_RECENT_EVENTS"):
            action_calls.send_recent_events()
        if switched_on("REUSE_ACTION_CONNECTIONS"):
            action_calls.reuse_connections()
    if switched_on("BOUNDED_RULE_STATES"):
        from speedups.rule_states import bound_rule_states

        bound_rule_states()
    if switched_on("REMEMBER_APPLIED_EVENTS"):
        from speedups.applied_events import remember_applied_events

        remember_applied_events()
    if switched_on("FAST_TRACKER_COPY"):
        from speedups.tracker_copy import fast_copies

        fast_copies()
    if switched_on("FAST_EVENT_VALIDATION"):
        from speedups.event_validation import check_events_by_type

        check_events_by_type()
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
