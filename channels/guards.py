"""Guards shared by our input channels: every turn gets a reply, and a message
that can't be read gets a clear one instead of an error."""

import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage

from channels.payloads import MAX_MESSAGE_CHARS
from triage.emergency import CALL_EMERGENCY

logger = logging.getLogger(__name__)

CANNOT_CONTINUE = (
    "Sorry, I can't finish the check right now because of a technical problem. "
    "If you have chest pain, trouble breathing, pain spreading to your jaw or arm, "
    f"or another emergency, {CALL_EMERGENCY} now. Otherwise, please "
    "try again in a few minutes: your answers so far are kept."
)
UNREADABLE = "Sorry, I couldn't read that message. Please type your answer as plain text."
TOO_LONG = (
    f"That message is too long for me (over {MAX_MESSAGE_CHARS} characters). "
    "Please send a shorter one."
)

Handler = Callable[[UserMessage], Awaitable[Any]]


def never_silent(on_new_message: Handler) -> Handler:
    """Every turn gets at least one reply; unreadable input gets a clear one."""

    async def handle(message: UserMessage) -> None:
        channel = message.output_channel
        if not isinstance(message.text, str):
            await channel.send_text_message(message.sender_id, UNREADABLE)
            return
        if len(message.text) > MAX_MESSAGE_CHARS:
            await channel.send_text_message(message.sender_id, TOO_LONG)
            return
        sent = []
        send_response = channel.send_response

        async def counted(recipient_id: str, reply: dict) -> None:
            sent.append(reply)
            await send_response(recipient_id, reply)

        channel.send_response = counted
        try:
            await on_new_message(message)
        except Exception:  # noqa: BLE001 -- the person still gets an answer
            logger.exception("Handling a message failed.")
        if not sent:
            logger.warning("A turn produced no reply; sent the cannot-continue message.")
            await send_response(message.sender_id, {"text": CANNOT_CONTINUE})

    return handle
