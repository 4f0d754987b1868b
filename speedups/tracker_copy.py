"""A tracker's copy without replaying the whole session.

Rasa 3.6 copies the tracker before running each action (`MessageProcessor._run_action`)
by replaying every event of the session into a new tracker. Rasa holds that a
tracker's state "MUST be re-creatable by processing all the events"
(`DialogueStateTracker.__init__`), so the replay ends in the state the tracker is
already in. `fast_copies()` makes `copy()` build that state directly: the same
events (the same objects, as the replay appends them), copies of the slots and of
the active loop, the latest action, message and bot message, the follow-up
action and the paused flag; a new tracker from `init_copy()` as Rasa's does, so the
model and assistant ids are left unset as in Rasa's copy.
"""

import copy

from rasa.shared.core.trackers import DialogueStateTracker

_ORIGINAL_COPY = DialogueStateTracker.copy


def _copy(self: DialogueStateTracker) -> DialogueStateTracker:
    duplicate = self.init_copy()
    duplicate.events.extend(self.events)
    duplicate.slots = {name: copy.copy(slot) for name, slot in self.slots.items()}
    duplicate._paused = self._paused
    duplicate.followup_action = self.followup_action
    duplicate.latest_action = dict(self.latest_action) if self.latest_action else {}
    duplicate.latest_message = self.latest_message
    duplicate.latest_bot_utterance = self.latest_bot_utterance
    duplicate.active_loop = copy.copy(self.active_loop)
    return duplicate


def fast_copies() -> None:
    """Make `DialogueStateTracker.copy()` build the replayed state directly."""
    DialogueStateTracker.copy = _copy
