"""Checking a REST request body before it reaches the assistant (plain Python)."""

from typing import Any, Optional

MAX_MESSAGE_CHARS = 5000
MAX_SENDER_CHARS = 255  # the tracker store's sender_id column


def payload_problem(body: Any) -> Optional[str]:
    """Why a REST webhook body is unusable, or None when it is fine."""
    if not isinstance(body, dict):
        return "the body must be a JSON object with 'sender' and 'message'"
    sender, message = body.get("sender"), body.get("message")
    if isinstance(sender, bool) or not isinstance(sender, (str, int)):
        return "'sender' must be a string identifying the conversation"
    sender = str(sender)
    if not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        return f"'sender' must be 1-{MAX_SENDER_CHARS} characters"
    if any(ord(char) < 32 for char in sender):
        return "'sender' must not contain control characters"
    if not isinstance(message, str):
        return "'message' must be a string"
    if len(message) > MAX_MESSAGE_CHARS:
        return f"'message' is too long: at most {MAX_MESSAGE_CHARS} characters"
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        return "'metadata' must be a JSON object"
    return None
