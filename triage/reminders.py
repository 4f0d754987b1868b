"""Reminders for the next routine session: what they are called and when they fire."""

from datetime import time

REMINDER_NAME = "routine_reminder"
REMINDER_INTENT = "EXTERNAL_routine_reminder"
REMINDER_TIME = time(18, 0)
