"""The rule policy's view of a conversation, built once per event and bounded to its rules.

To predict, Rasa 3.6's `RulePolicy` turns the whole session into dialogue states,
replaying every event into a fresh tracker, twice per prediction and two or three
predictions per turn, and then compares its rules with the latest states only.
`bound_rule_states()` makes its predictions (not its training) see:

- the states built incrementally: for each conversation the policy keeps the
  replayed tracker and the states so far, and only replays events that arrived
  since. It starts again from the first event whenever the new events could
  change earlier states as Rasa reads them (a restart, a new session, a rewind, a
  form's own action, a form not seen before) or the tracker is not the one seen
  last (another object, events changed);
- only the latest `history_length(policy)` states: as many as its longest rule.
  A rule is checked against the latest states, one per rule state, and a state
  further back can neither match nor fail a rule (`RulePolicy._is_rule_applicable`).
"""

import copy
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, List, Optional, Set

from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    Event,
    Restarted,
    SessionStarted,
    UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker

CONVERSATIONS_KEPT = 500
_ORIGINAL_PREDICT = RulePolicy.predict_action_probabilities
REPLAY_FROM_START = (Restarted, SessionStarted, ActionReverted, UserUtteranceReverted)


@dataclass
class Progress:
    """How far one conversation's states are built."""

    replayed: DialogueStateTracker  # the tracker replayed up to `seen` events
    seen: int = 0
    last: Optional[Event] = None  # the `seen`-th event, to know the tracker is the same
    loops: Set[str] = field(default_factory=set)
    states: List[State] = field(default_factory=list)  # before each action so far


def _state(domain: Domain, tracker: DialogueStateTracker) -> State:
    return domain._clean_state(domain.get_active_state(tracker))


def _replays_from_start(event: Event, loops: Set[str]) -> bool:
    """Whether Rasa's `applied_events` could treat earlier events differently after
    `event`, or drop events before it."""
    if isinstance(event, REPLAY_FROM_START):
        return True
    if isinstance(event, ActiveLoop):
        return bool(event.name) and event.name not in loops
    return isinstance(event, ActionExecuted) and event.action_name in loops


def _from_start(tracker: DialogueStateTracker, domain: Domain) -> Progress:
    """Rasa's own replay (`Domain.states_for_tracker_history` without rule-only turns)."""
    progress = Progress(replayed=tracker.init_copy())
    progress.loops = {e.name for e in tracker.events if isinstance(e, ActiveLoop) and e.name}
    for event in tracker.applied_events():
        if isinstance(event, ActionExecuted):
            progress.states.append(_state(domain, progress.replayed))
        progress.replayed.update(event)
    progress.seen = len(tracker.events)
    progress.last = tracker.events[-1] if tracker.events else None
    return progress


def _continued(progress: Progress, tracker: DialogueStateTracker, domain: Domain) -> bool:
    """Replay the events that arrived since; False if that would not be what Rasa does."""
    events = tracker.events
    count = len(events)
    if progress.seen > count or (progress.seen and events[progress.seen - 1] is not progress.last):
        return False
    new = [events[index] for index in range(progress.seen, count)]
    if any(_replays_from_start(event, progress.loops) for event in new):
        return False
    for event in new:
        if isinstance(event, ActionExecuted):
            progress.states.append(_state(domain, progress.replayed))
        progress.replayed.update(event)
    progress.seen, progress.last = count, events[-1] if count else None
    return True


class RuleStates:
    """Each conversation's states as the rule policy builds them, kept between calls."""

    def __init__(self, kept: int = CONVERSATIONS_KEPT) -> None:
        self.kept = kept
        self._progress: "OrderedDict[str, Progress]" = OrderedDict()

    def all_states(self, tracker: DialogueStateTracker, domain: Domain) -> List[State]:
        """What `tracker.past_states(domain)` returns (the same states, in order)."""
        progress = self._progress.get(tracker.sender_id)
        if progress is None or not _continued(progress, tracker, domain):
            progress = _from_start(tracker, domain)
        self._progress[tracker.sender_id] = progress
        self._progress.move_to_end(tracker.sender_id)
        while len(self._progress) > self.kept:
            self._progress.popitem(last=False)
        return [*progress.states, _state(domain, progress.replayed)]


def history_length(policy: RulePolicy) -> int:
    """The number of states of the policy's longest rule."""
    keys = [*policy.lookup.get(RULES, {}), *policy.lookup.get(RULES_FOR_LOOP_UNHAPPY_PATH, {})]
    return max((len(policy._rule_key_to_state(key)) for key in keys), default=1)


class _BoundedStates:
    """The tracker, except that its past states are the latest ones, built incrementally."""

    def __init__(self, tracker: DialogueStateTracker, states: List[State]) -> None:
        self._tracker = tracker
        self._states = states

    def past_states(
        self,
        domain: Domain,
        omit_unset_slots: bool = False,
        ignore_rule_only_turns: bool = False,
        rule_only_data: Any = None,
    ) -> List[State]:
        if omit_unset_slots or ignore_rule_only_turns:
            return self._tracker.past_states(
                domain, omit_unset_slots, ignore_rule_only_turns, rule_only_data
            )
        return copy.deepcopy(self._states)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tracker, name)


def _bounded_predict(
    self: RulePolicy, tracker: DialogueStateTracker, domain: Domain, *args: Any, **kwargs: Any
):
    if not hasattr(self, "_rule_states"):
        self._rule_states = RuleStates()
        self._rule_history = history_length(self)
    states = self._rule_states.all_states(tracker, domain)[-self._rule_history :]
    return _ORIGINAL_PREDICT(self, _BoundedStates(tracker, states), domain, *args, **kwargs)


def bound_rule_states() -> None:
    """Make `RulePolicy` predictions build states incrementally, bounded to its rules."""
    RulePolicy.predict_action_probabilities = _bounded_predict
