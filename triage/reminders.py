"""When the reminder for the next routine session fires (its name and intent are
in `triage/contract.py`)."""

from datetime import time, timedelta
from typing import Mapping, Optional

REMINDER_TIME = time(18, 0)


def fixed_delay(env: Mapping[str, str]) -> Optional[timedelta]:
    """REMINDER_DELAY_SECONDS (for tests): fire this long after the reminder is set
    instead of at REMINDER_TIME on the next session day; None when unset or not > 0."""
    try:
        seconds = float(env.get("REMINDER_DELAY_SECONDS") or 0)
    except ValueError:
        return None
    return timedelta(seconds=seconds) if seconds > 0 else None
