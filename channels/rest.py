"""Rasa's REST channel with two guards: bad requests get a 400 that says why,
and a turn that produced no reply (for example while the action server is
down) gets one message saying the check can't go on right now, with the
emergency advice.

Configured in credentials.yml as `channels.rest.SafeRestInput`; its webhook is
the usual `/webhooks/rest/webhook`.
"""

import logging
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.payloads import payload_problem

logger = logging.getLogger(__name__)

CANNOT_CONTINUE = (
    "Sorry, I can't finish the check right now because of a technical problem. "
    "If you have chest pain, trouble breathing, pain spreading to your jaw or arm, "
    "or another emergency, call your local emergency number now. Otherwise, please "
    "try again in a few minutes: your answers so far are kept."
)


def never_silent(
    on_new_message: Callable[[UserMessage], Awaitable[Any]]
) -> Callable[[UserMessage], Awaitable[None]]:
    """Wraps the message handler so that every turn gets at least one reply."""

    async def handle(message: UserMessage) -> None:
        before = _sent(message)
        try:
            await on_new_message(message)
        except Exception:  # noqa: BLE001 -- the person still gets an answer
            logger.exception("Handling a message failed.")
        if _sent(message) == before:
            logger.warning("A turn produced no reply; sent the cannot-continue message.")
            await message.output_channel.send_text_message(message.sender_id, CANNOT_CONTINUE)

    return handle


def _sent(message: UserMessage) -> Optional[int]:
    channel = message.output_channel
    return len(channel.messages) if isinstance(channel, CollectingOutputChannel) else None


class SafeRestInput(RestInput):
    """The REST channel, validating requests and never leaving a turn silent."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        webhook = super().blueprint(never_silent(on_new_message))

        @webhook.on_request
        async def reject_bad_requests(request: Request) -> Optional[HTTPResponse]:
            if request.method != "POST" or not request.path.endswith("/webhook"):
                return None
            try:
                body = request.json
            except Exception:  # noqa: BLE001 -- invalid JSON or invalid UTF-8
                return response.json({"error": "the body is not valid UTF-8 JSON"}, status=400)
            problem = payload_problem(body)
            if problem:
                return response.json({"error": problem}, status=400)
            body["sender"] = str(body["sender"])
            return None

        return webhook
