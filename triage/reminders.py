"""Reminders for the next routine session: what they are called and when they fire."""

from datetime import time, timedelta
from typing import Mapping, Optional

REMINDER_NAME = "routine_reminder"
REMINDER_INTENT = "EXTERNAL_routine_reminder"
REMINDER_TIME = time(18, 0)


def fixed_delay(env: Mapping[str, str]) -> Optional[timedelta]:
    """REMINDER_DELAY_SECONDS (for tests): fire this long after the reminder is set
    instead of at REMINDER_TIME on the next session day; None when unset or not > 0."""
    try:
        seconds = float(env.get("REMINDER_DELAY_SECONDS") or 0)
    except ValueError:
        return None
    return timedelta(seconds=seconds) if seconds > 0 else None
