"""The links channel: serves what the person keeps, from the Rasa server itself.

    GET /webhooks/links/summary/<token>            the printable summary (text/html)
    GET /webhooks/links/calendar/<token>/plan.ics  the routine plan (text/calendar)
    GET /webhooks/links/picture/<token>/<variant>-<step>.svg|.png   a step's picture

A token (privacy/link_tokens.py, made by the action server: keepsakes/links.py)
names the conversation; the page and the calendar file are built from the
tracker at request time, so a link works only while its conversation is
stored: a wrong, changed or expired token, a conversation deleted on request
("forget me") or by the retention purge all get the same 404. Configured in
credentials.yml; LINK_SECRET comes from the environment, never from a file.
"""

import logging
import os
from typing import Any, Awaitable, Callable, Dict, Optional, Text, Tuple

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.exceptions import ServiceUnavailable
from sanic.request import Request
from sanic.response import HTTPResponse

from keepsakes.calendar_file import CONTENT_TYPE as CALENDAR_TYPE
from keepsakes.calendar_file import plan_calendar
from keepsakes.links import CALENDAR_FILE, CHANNEL_NAME, png_name, retention_days, step_pictures
from keepsakes.pictures import PICTURES_DIR
from keepsakes.summary_page import CONTENT_SECURITY_POLICY, summary_page
from privacy.link_tokens import CALENDAR, PICTURE, SUMMARY, LinkTokens, secret_problem
from privacy.retention import link_days
from triage.conversation_record import ConversationRecord, record_from_events

logger = logging.getLogger(__name__)

NOT_FOUND = "Not found: this link is wrong or has expired, or the conversation was deleted."
PRIVATE = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


def _pictures() -> Dict[str, Tuple[bytes, str]]:
    """Every step's picture by the name in its address: the SVG, and the PNG copy for Slack."""
    files = {}
    for name, picture in step_pictures():
        files[f"{name}.svg"] = (picture.path, "image/svg+xml")
        files[f"{name}.png"] = (PICTURES_DIR / "png" / png_name(picture.file), "image/png")
    return {
        name: (path.read_bytes(), kind) for name, (path, kind) in files.items() if path.exists()
    }


def _not_found() -> HTTPResponse:
    return response.text(NOT_FOUND, status=404, headers=PRIVATE)


class LinksInput(InputChannel):
    """Serves the summary page, the calendar file and the pictures behind link tokens."""

    @classmethod
    def name(cls) -> Text:
        return CHANNEL_NAME

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "LinksInput":
        days = (credentials or {}).get("retention_days") or retention_days(os.environ)
        return cls(os.environ.get("LINK_SECRET"), float(days))

    def __init__(self, secret: Optional[str], days: float) -> None:
        problem = secret_problem(secret)
        if problem:
            logger.warning("%s: every link answers 404.", problem)
        self.tokens = None if problem else LinkTokens(str(secret), link_days(days))
        self.pictures = _pictures()

    async def _record(
        self, request: Request, token: str, kind: str
    ) -> Optional[ConversationRecord]:
        """The record of the conversation a valid token names, while it is stored."""
        target = self.tokens.read(token, kind) if self.tokens else None
        agent = getattr(request.app.ctx, "agent", None)
        if target is None or agent is None:
            return None
        try:
            tracker = await agent.tracker_store.retrieve_full_tracker(target.conversation)
        except Exception as error:  # noqa: BLE001 -- the store is down: say so, don't crash
            logger.exception("Reading a conversation for a link failed.")
            raise ServiceUnavailable(
                "Sorry, this can't be shown right now; try again later."
            ) from error
        if tracker is None:
            return None
        events = [event.as_dict() for event in tracker.events]
        # The event the token was bound to: gone once the conversation was deleted,
        # even if the same sender id has started a new one since.
        if not any(event.get("timestamp") == target.event_time for event in events):
            return None
        return record_from_events(events, tracker.current_slot_values())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        links = Blueprint("links_webhook", __name__)

        @links.route("/summary/<token>", methods=["GET"])
        async def summary(request: Request, token: str) -> HTTPResponse:
            record = await self._record(request, token, SUMMARY)
            page = summary_page(record) if record else None
            if page is None:
                return _not_found()
            return response.html(
                page, headers={**PRIVATE, "Content-Security-Policy": CONTENT_SECURITY_POLICY}
            )

        @links.route(f"/calendar/<token>/{CALENDAR_FILE}", methods=["GET"])
        async def calendar(request: Request, token: str) -> HTTPResponse:
            record = await self._record(request, token, CALENDAR)
            plan = record.routine_plan() if record else None
            if plan is None:
                return _not_found()
            variant, dates = plan
            body = plan_calendar(dates, variant, record.routine.zone)
            return response.raw(
                body,
                content_type=CALENDAR_TYPE,
                headers={
                    **PRIVATE,
                    "Content-Disposition": 'attachment; filename="mid-back-routine.ics"',
                },
            )

        @links.route("/picture/<token>/<name>", methods=["GET"])
        async def picture(request: Request, token: str, name: str) -> HTTPResponse:
            known = self.pictures.get(name)
            if known is None or await self._record(request, token, PICTURE) is None:
                return _not_found()
            body, kind = known
            return response.raw(
                body,
                content_type=kind,
                headers={**PRIVATE, "Content-Security-Policy": "default-src 'none'"},
            )

        return links
