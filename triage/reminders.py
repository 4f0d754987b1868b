"""When the reminder for the next routine session fires (its name and intent are
in `triage/contract.py`)."""

from datetime import time

REMINDER_TIME = time(18, 0)
