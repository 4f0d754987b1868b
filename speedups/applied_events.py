"""A tracker's applied events, worked out once per event instead of on every call.

Rasa 3.6 asks a tracker for its applied events (the events minus those undone
by restarts, rewinds and a form's own re-runs) several times a turn, for
instance to see whether the session has expired, and each time walks the whole
session. `remember_applied_events()` makes a tracker keep its answer with the
events it was worked out from, and extend it with the events that arrived since
when they cannot change what came before (`rule_states._replays_from_start`:
no restart, new session, rewind, form action or new form). Otherwise, or when
the events are not those seen last, Rasa's own walk runs again.
"""

from typing import List

from rasa.shared.core.events import ActiveLoop, Event
from rasa.shared.core.trackers import DialogueStateTracker

from speedups.rule_states import _replays_from_start

_ORIGINAL_APPLIED_EVENTS = DialogueStateTracker.applied_events
MEMO = "_applied_events_memo"


def _applied_events(self: DialogueStateTracker) -> List[Event]:
    events = self.events
    count = len(events)
    memo = self.__dict__.get(MEMO)
    if memo is not None:
        deque_id, seen, last, loops, applied = memo
        if deque_id == id(events) and 0 < seen <= count and events[seen - 1] is last:
            new = [events[index] for index in range(seen, count)]
            if not any(_replays_from_start(event, loops) for event in new):
                applied.extend(new)
                self.__dict__[MEMO] = (deque_id, count, events[-1], loops, applied)
                return list(applied)
    applied = _ORIGINAL_APPLIED_EVENTS(self)
    if count:
        loops = {e.name for e in events if isinstance(e, ActiveLoop) and e.name}
        self.__dict__[MEMO] = (id(events), count, events[-1], loops, list(applied))
    return applied


def remember_applied_events() -> None:
    """Make every tracker in this process keep its applied events between calls."""
    DialogueStateTracker.applied_events = _applied_events
