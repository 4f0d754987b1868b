"""Reminders that survive a restart and fire once, whichever servers run.

Rasa schedules a `ReminderScheduled` in the memory of the server that set it
(APScheduler): a restart loses it, and another server never knows of it. This
channel, listed in credentials.yml, serves nothing; it makes every Rasa
server, once started, schedule the pending reminders the tracker store holds
(channels/pending_reminders.py), with an output channel rebuilt from the
conversation's latest input channel (Slack in its thread, the web chat in its
room). Several servers may then hold the same reminder and fire it at the
same moment, so Rasa's `handle_reminder` is replaced by one that fires a
reminder only on the server that claims its firing first (SET NX in the lock
store's Redis, channels/first_time.py), and only if, under the conversation's
lock, the full stored conversation shows it has not fired, been cancelled or
replaced yet (a server restored later finds it done). A new
conversation session does not cancel a reminder (Rasa's own check would).
Rasa also names a reminder's job after the reminder only, so one person's
reminder would replace another's on the same server; jobs here are named per
conversation. A reminder overdue at start-up fires at once if it is late by
less than `LATE_LIMIT`, else it is dropped.
"""

import asyncio
import functools
import logging
from datetime import datetime, timedelta, timezone
from typing import Any, Awaitable, Callable, Iterable, List, Optional, Set, Text

from rasa.core import jobs
from rasa.core.channels.channel import (
    CollectingOutputChannel,
    InputChannel,
    OutputChannel,
    UserMessage,
)
from rasa.core.channels.slack import SlackInput
from rasa.core.lock_store import LockStore
from rasa.core.processor import MessageProcessor
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.events import Event, ReminderScheduled, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Blueprint, Sanic

from channels.first_time import FirstTime
from channels.pending_reminders import is_pending, pending_reminders

logger = logging.getLogger(__name__)

LATE_LIMIT = timedelta(hours=2)
# Only servers firing at the same moment need the claim; later ones read the tracker.
CLAIM_SECONDS = 600


@functools.lru_cache(maxsize=4)
def _firings(lock_store: LockStore) -> FirstTime:
    return FirstTime.beside(lock_store, "reminder", CLAIM_SECONDS)


async def schedule(
    processor: MessageProcessor,
    reminder: ReminderScheduled,
    sender_id: Text,
    output_channel: OutputChannel,
) -> bool:
    """Schedule one reminder on this server; False if it is too late to send."""
    now = datetime.now(timezone.utc)
    when = reminder.trigger_date_time
    when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    if when < now - LATE_LIMIT:
        logger.info("Dropped a reminder overdue by more than %s.", LATE_LIMIT)
        return False
    job = reminder.scheduled_job_name(sender_id)
    (await jobs.scheduler()).add_job(
        processor.handle_reminder,
        "date",
        run_date=max(when, now),
        args=[reminder, sender_id, output_channel],
        id=job,
        name=job,
        replace_existing=True,
        misfire_grace_time=int(LATE_LIMIT.total_seconds()),
    )
    return True


async def _schedule_reminders(
    self: MessageProcessor,
    events: List[Event],
    tracker: DialogueStateTracker,
    output_channel: OutputChannel,
) -> None:
    """Rasa's, with one job per conversation and reminder."""
    for event in events:
        if isinstance(event, ReminderScheduled):
            await schedule(self, event, tracker.sender_id, output_channel)


async def _handle_reminder(
    self: MessageProcessor,
    reminder_event: ReminderScheduled,
    sender_id: Text,
    output_channel: OutputChannel,
) -> None:
    """Rasa's, firing the reminder only if no server has fired it yet."""
    firing = f"{sender_id}:{reminder_event.name}:{reminder_event.trigger_date_time.isoformat()}"
    if not _firings(self.lock_store).first_time(firing):
        logger.info("Another server is firing this reminder; skipped.")
        return
    async with self.lock_store.lock(sender_id):
        stored = await self.tracker_store.retrieve_full_tracker(sender_id)
        if stored is None or not is_pending(stored.events, reminder_event, sender_id):
            logger.info("A reminder was fired, cancelled or replaced already; skipped.")
            return
        tracker = await self.fetch_tracker_and_update_session(sender_id, output_channel)
        if reminder_event.kill_on_user_message and self._has_message_after_reminder(
            stored, reminder_event
        ):
            logger.info("Cancelled a reminder: the person has written since.")
            return
        await self.trigger_external_user_uttered(
            reminder_event.intent, reminder_event.entities or {}, tracker, output_channel
        )
        logger.info("Fired a reminder.")


def install() -> None:
    """Replace Rasa's reminder scheduling and firing with the ones above."""
    MessageProcessor._schedule_reminders = _schedule_reminders
    MessageProcessor.handle_reminder = _handle_reminder


def output_channel_for(
    tracker: DialogueStateTracker, channels: Iterable[InputChannel]
) -> OutputChannel:
    """Where the conversation's latest input channel sends, rebuilt on this server;
    the tracker alone (CollectingOutputChannel) for a channel that can't push."""
    name = tracker.get_latest_input_channel()
    channel = next((c for c in channels if c.name() == name), None)
    if isinstance(channel, SlackInput):
        metadata = next(
            (
                e.metadata
                for e in reversed(tracker.events)
                if isinstance(e, UserUttered) and (e.metadata or {}).get("out_channel")
            ),
            {},
        )
        thread = metadata.get("thread_id") if channel.use_threads else None
        return channel.get_output_channel(metadata.get("out_channel"), thread)
    output = channel.get_output_channel() if channel is not None else None
    return output or CollectingOutputChannel()


def _unwrapped(store: TrackerStore) -> TrackerStore:
    """The store itself, inside Rasa's fail-safe / awaitable wrappers."""
    while hasattr(store, "_tracker_store"):
        store = store._tracker_store
    return store


async def conversations_with_reminders(store: TrackerStore) -> Set[Text]:
    """The sender ids that ever had a reminder: one query on an SQL store."""
    inner = _unwrapped(store)
    if not isinstance(inner, SQLTrackerStore):
        return set(await store.keys())
    event = inner.SQLEvent
    with inner.session_scope() as session:
        rows = session.query(event.sender_id).filter(event.type_name == ReminderScheduled.type_name)
        return {sender for (sender,) in rows.distinct()}


async def restore(app: Sanic) -> int:
    """Schedule on this server every pending reminder the tracker store holds."""
    agent = app.ctx.agent
    if agent is None or agent.processor is None:
        return 0
    restored = 0
    for sender in await conversations_with_reminders(agent.tracker_store):
        tracker = await agent.tracker_store.retrieve_full_tracker(sender)
        if tracker is None:
            continue
        for reminder in pending_reminders(tracker.events, sender):
            output = output_channel_for(tracker, app.ctx.input_channels)
            restored += await schedule(agent.processor, reminder, sender, output)
    return restored


class RemindersInput(InputChannel):
    """Restores the pending reminders once the server has started; no routes."""

    @classmethod
    def name(cls) -> Text:
        return "reminders"

    @classmethod
    def from_credentials(cls, credentials: Optional[Any]) -> "RemindersInput":
        return cls()

    def __init__(self) -> None:
        install()
        self.restored: Optional[int] = None
        self._task: Optional[asyncio.Task] = None

    async def _restore(self, app: Sanic) -> None:
        try:
            self.restored = await restore(app)
        except Exception:  # noqa: BLE001 -- the server runs on; reminders set from now on work
            logger.exception("Restoring the pending reminders failed.")
            self.restored = 0
            return
        logger.info("Restored %d pending reminder(s).", self.restored)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        reminders = Blueprint("reminders_webhook", __name__)

        @reminders.listener("after_server_start")
        async def restore_pending(app: Sanic, _loop: Any) -> None:
            self._task = asyncio.create_task(self._restore(app))

        return reminders
