"""Rasa's Slack connector, with what it lacks for us.

Rasa already checks the signing secret and the 5-minute replay window and
sends buttons as Block Kit. This subclass adds: replies in the thread of the
message; a Slack retry of an event already handled, on any server, is
acknowledged without being processed again (channels/first_time.py); the
person's time zone from their Slack profile in the message metadata
(`timezone`, channels/slack_time_zones.py), so dates are theirs; the
`url_verification` challenge answered in the form Slack documents; a picture's
alt text as its image block's `alt_text`; and a configurable Web API base URL
(a loopback stand-in in the tests). Configured by the launcher from SLACK_TOKEN
and SLACK_SIGNING_SECRET.
"""

import json
import logging
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.slack import SlackBot, SlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.web.async_client import AsyncWebClient

from channels.first_time import FirstTime
from channels.guards import never_silent
from channels.slack_time_zones import LOOKUP_TIMEOUT_SECONDS, SlackTimeZones
from triage.contract import SLACK_CHANNEL

logger = logging.getLogger(__name__)

SLACK_API_URL = "https://slack.com/api/"
# Slack retries within minutes (https://api.slack.com/events-api#failure_conditions).
KEEP_EVENT_IDS_SECONDS = 3600


class PictureSlackBot(SlackBot):
    """Rasa's Slack output, with the picture's alt text (Rasa puts the URL there)."""

    async def send_image_url(self, recipient_id: Text, image: Text, **kwargs: Any) -> None:
        alt = kwargs.get("alt") or "A picture of the step"
        await self._post_message(
            channel=self.slack_channel or recipient_id,
            as_user=True,
            text=alt,
            blocks=[{"type": "image", "image_url": image, "alt_text": alt}],
        )


def slack_user(request: Request) -> Optional[str]:
    """The Slack user id of an event (JSON) or a button click (form-encoded)."""
    if request.headers.get("content-type") == "application/json":
        user = ((request.json or {}).get("event") or {}).get("user")
    else:
        payload = json.loads(request.form["payload"][0])
        user = (payload.get("user") or {}).get("id")
    return user if isinstance(user, str) else None


class ThreadedSlackInput(SlackInput):
    """Slack: threaded replies, retries handled once, the user's time zone,
    configurable API URL."""

    @classmethod
    def name(cls) -> Text:
        return SLACK_CHANNEL

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "ThreadedSlackInput":
        channel = super().from_credentials({"use_threads": True, **(credentials or {})})
        channel.api_url = (credentials or {}).get("api_url") or SLACK_API_URL
        channel.time_zones = channel._time_zones()
        return channel

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.api_url = SLACK_API_URL
        self.time_zones = self._time_zones()
        self._handled_events: Optional[FirstTime] = None

    def _time_zones(self) -> SlackTimeZones:
        client = AsyncWebClient(
            self.slack_token,
            base_url=self.api_url,
            proxy=self.proxy,
            timeout=LOOKUP_TIMEOUT_SECONDS,
        )
        return SlackTimeZones(client)

    def get_output_channel(
        self, channel: Optional[Text] = None, thread_id: Optional[Text] = None
    ) -> OutputChannel:
        bot = PictureSlackBot(
            self.slack_token, channel or self.slack_channel, thread_id, self.proxy
        )
        bot.client = AsyncWebClient(self.slack_token, base_url=self.api_url, proxy=self.proxy)
        return bot

    def handled_events(self, request: Request) -> FirstTime:
        """Handled event ids, next to the lock store's locks (Redis) when there are any."""
        if self._handled_events is None:
            agent = getattr(request.app.ctx, "agent", None)
            self._handled_events = FirstTime.beside(
                getattr(agent, "lock_store", None), "slack_event", KEEP_EVENT_IDS_SECONDS
            )
        return self._handled_events

    async def process_message(
        self,
        request: Request,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        text: Text,
        sender_id: Optional[Text],
        metadata: Optional[Dict],
    ) -> Any:
        body = request.json if request.headers.get("content-type") == "application/json" else {}
        event_id = (body or {}).get("event_id")
        if isinstance(event_id, str) and not self.handled_events(request).first_time(event_id):
            logger.info("Ignored a Slack retry of an event already handled.")
            return response.text("", status=HTTPStatus.OK, headers={"X-Slack-No-Retry": "1"})
        user = slack_user(request)

        async def in_their_time_zone(message: UserMessage) -> None:
            # In the background task Rasa starts: Slack has its answer already.
            zone = await self.time_zones.zone_of(user)
            if zone:
                message.metadata = {**(message.metadata or {}), "timezone": zone}
            await on_new_message(message)

        return await super().process_message(request, in_their_time_zone, text, sender_id, metadata)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(never_silent(on_new_message))

        @webhook.on_request
        async def answer_challenge(request: Request) -> Optional[HTTPResponse]:
            if (
                request.method != "POST"
                or request.headers.get("content-type") != "application/json"
            ):
                return None
            try:
                body = request.json or {}
            except Exception:  # noqa: BLE001 -- the route answers malformed bodies
                return None
            if body.get("type") == "url_verification" and self.is_request_from_slack_authentic(
                request
            ):
                return response.json({"challenge": body.get("challenge", "")})
            return None

        return webhook
