"""Rasa input channels of our own: guarded REST and socketio, Slack where
configured, the links, and reminders restored at start-up.

Their logs follow Rasa's log level (LOG_LEVEL, default INFO), as Rasa's own do;
left alone they would show warnings only."""

import logging
import os

from rasa.shared.constants import DEFAULT_LOG_LEVEL, ENV_LOG_LEVEL

logging.getLogger(__name__).setLevel(os.environ.get(ENV_LOG_LEVEL) or DEFAULT_LOG_LEVEL)
