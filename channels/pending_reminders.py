"""Which reminders of a conversation are still to fire, read from its events.

A `ReminderScheduled` is pending until a later `ReminderCancelled` matches it,
a later reminder with the same job name replaces it (as Rasa's scheduler
does), the conversation is restarted, or it has fired: Rasa records a fired
reminder as an external `UserUttered` with the reminder's intent at or after
its trigger time. A new session does not cancel a reminder (the conversation
goes on, with its slots).
"""

from typing import Dict, List, Sequence

from rasa.shared.core.constants import IS_EXTERNAL
from rasa.shared.core.events import (
    Event,
    ReminderCancelled,
    ReminderScheduled,
    Restarted,
    UserUttered,
)

# Rasa stamps the external message just after the trigger time; allow its clock a second.
CLOCK_SLACK_SECONDS = 1.0


def _fired(event: UserUttered, reminder: ReminderScheduled) -> bool:
    return (
        bool((event.metadata or {}).get(IS_EXTERNAL))
        and event.intent_name == reminder.intent
        and reminder.trigger_date_time.timestamp() <= event.timestamp + CLOCK_SLACK_SECONDS
    )


def pending_reminders(events: Sequence[Event], sender_id: str) -> List[ReminderScheduled]:
    """The conversation's reminders that have neither fired nor been cancelled."""
    pending: Dict[str, ReminderScheduled] = {}
    for event in events:
        if isinstance(event, ReminderScheduled):
            pending[event.scheduled_job_name(sender_id)] = event
        elif isinstance(event, ReminderCancelled):
            pending = {
                job: reminder
                for job, reminder in pending.items()
                if not event.cancels_job_with_name(job, sender_id)
            }
        elif isinstance(event, Restarted):
            pending = {}
        elif isinstance(event, UserUttered):
            pending = {
                job: reminder for job, reminder in pending.items() if not _fired(event, reminder)
            }
    return list(pending.values())


def is_pending(events: Sequence[Event], reminder: ReminderScheduled, sender_id: str) -> bool:
    """True if this very reminder (job name and trigger time) has yet to fire."""
    return any(
        other.scheduled_job_name(sender_id) == reminder.scheduled_job_name(sender_id)
        and other.trigger_date_time == reminder.trigger_date_time
        for other in pending_reminders(events, sender_id)
    )
