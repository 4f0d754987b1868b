"""Rasa's REST channel with two guards: bad requests get a 400 that says why,
and a turn that produced no reply (for example while the action server is
down) gets one message saying the check can't go on right now, with the
emergency advice.

Configured in credentials.yml as `channels.rest.SafeRestInput`; its webhook is
the usual `/webhooks/rest/webhook`.
"""

from typing import Awaitable, Callable, Optional

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.guards import never_silent
from channels.payloads import payload_problem


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
