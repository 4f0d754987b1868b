"""Reminders for the next routine session: what they are called and when they fire."""

from datetime import time

from triage.contract import INTENT_ROUTINE_REMINDER

REMINDER_NAME = "routine_reminder"
REMINDER_INTENT = INTENT_ROUTINE_REMINDER
REMINDER_TIME = time(18, 0)
