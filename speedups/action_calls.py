"""Cheaper calls from Rasa to the action server, switched on by `launcher.rasa_main`.

Rasa 3.6 sends the whole tracker, every event of the session, with every call to
the action server, and opens a new HTTP client session (and connection) for each
call. Both cost more than the action itself in a long conversation: at 300 turns
a call carries about 1 MB of JSON, which Rasa writes and the action server reads.

- `send_recent_events()`: a call carries the tracker's state as Rasa builds it
  (slots, latest message, active loop, latest action, input channel, computed
  over the whole session) and the events since the `RECENT_USER_MESSAGES`-th
  latest user message, after the session's first event. That is what our
  actions read (`dialogue/tracker.py`: the latest two user messages, the
  assistant's latest message, the events since the latest user message, the
  first event's time for the links) and what rasa-sdk's forms read (the slots
  set since the latest action). Off: every event, as Rasa sends it.
- `reuse_connections()`: one aiohttp client session per event loop and endpoint
  settings, so kept-alive connections are reused. Idle connections are closed
  after `KEEPALIVE_S`, before the action server's Sanic closes them (5 s), so a
  call never goes out on a connection the server is closing.
"""

from typing import Any, Dict, Optional, Tuple

import aiohttp
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig

RECENT_USER_MESSAGES = 3
KEEPALIVE_S = 2.0

_ORIGINAL_CALL_FORMAT = RemoteAction._action_call_format
_ORIGINAL_SESSION = EndpointConfig.session


def recent_events(tracker: DialogueStateTracker, user_messages: int = RECENT_USER_MESSAGES):
    """The session's first event and every event since the `user_messages`-th latest
    user message (all events when there are fewer)."""
    events = tracker.events
    seen, start = 0, 0
    for index in range(len(events) - 1, -1, -1):
        if getattr(events[index], "type_name", None) == "user":
            seen += 1
            if seen == user_messages:
                start = index
                break
    if start <= 1:
        return list(events)
    return [events[0], *(events[i] for i in range(start, len(events)))]


def _call_format_with_recent_events(
    self: RemoteAction, tracker: DialogueStateTracker, domain: Any
) -> Dict[str, Any]:
    call = _ORIGINAL_CALL_FORMAT(self, _Stateless(tracker), domain)
    call["tracker"]["events"] = [event.as_dict() for event in recent_events(tracker)]
    return call


class _Stateless:
    """The tracker, except that `current_state(ALL)` leaves the events out (added after)."""

    def __init__(self, tracker: DialogueStateTracker) -> None:
        self._tracker = tracker

    def current_state(self, event_verbosity: EventVerbosity = EventVerbosity.NONE):
        return self._tracker.current_state(EventVerbosity.NONE)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tracker, name)


def send_recent_events() -> None:
    """Make every call to the action server carry only the recent events."""
    RemoteAction._action_call_format = _call_format_with_recent_events


class _Borrowed:
    """`async with` a shared client session without closing it at the end."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self._session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self._session

    async def __aexit__(self, *exc: Any) -> None:
        return None


_SESSIONS: Dict[Tuple[int, Tuple, Optional[Tuple[str, str]]], aiohttp.ClientSession] = {}


def _shared_session(self: EndpointConfig) -> _Borrowed:
    import asyncio

    auth = (self.basic_auth["username"], self.basic_auth["password"]) if self.basic_auth else None
    key = (id(asyncio.get_running_loop()), tuple(sorted(self.headers.items())), auth)
    session = _SESSIONS.get(key)
    if session is None or session.closed:
        session = aiohttp.ClientSession(
            headers=self.headers,
            auth=aiohttp.BasicAuth(*auth) if auth else None,
            timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(limit=0, keepalive_timeout=KEEPALIVE_S),
        )
        _SESSIONS[key] = session
    return _Borrowed(session)


def reuse_connections() -> None:
    """Make Rasa's HTTP calls (the action server's among them) reuse connections."""
    EndpointConfig.session = _shared_session
