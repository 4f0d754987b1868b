"""The two calls the runner makes: a REST turn and a tracker read.

Every failure (HTTP error, timeout, refused connection, a reply that is not
JSON) becomes a `CallError` with a short message, so the driver can record it
and end that one conversation.
"""

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Dict, List

TIMEOUT = 60.0


class CallError(RuntimeError):
    """A call to the assistant failed; the message says which call and how."""


class AssistantClient:
    """Talks to a running Rasa server over REST and the HTTP API."""

    def __init__(self, base_url: str, token: str, timeout: float = TIMEOUT) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def _call(self, label: str, path: str, payload: Any = None) -> Any:
        data = json.dumps(payload).encode("utf-8") if payload is not None else None
        request = urllib.request.Request(
            self.base_url + path, data=data, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace")[:200]
            raise CallError(f"{label}: HTTP {error.code}: {detail}") from None
        except (socket.timeout, TimeoutError):
            raise CallError(f"{label}: no answer within {self.timeout:.0f} s") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, (socket.timeout, TimeoutError)):
                raise CallError(f"{label}: no answer within {self.timeout:.0f} s") from None
            raise CallError(f"{label}: {error.reason}") from None
        except OSError as error:
            raise CallError(f"{label}: {error}") from None
        try:
            return json.loads(body)
        except ValueError:
            raise CallError(f"{label}: reply is not JSON: {body[:200]!r}") from None

    def say(self, sender: str, text: str) -> List[Dict[str, Any]]:
        """Send one message; the bot's messages in reply."""
        reply = self._call(
            "POST /webhooks/rest/webhook",
            "/webhooks/rest/webhook",
            {"sender": sender, "message": text},
        )
        if not isinstance(reply, list):
            raise CallError(f"POST /webhooks/rest/webhook: expected a list, got {reply!r:.200}")
        return reply

    def tracker(self, sender: str) -> Dict[str, Any]:
        """The conversation's tracker (slots, active_loop, events)."""
        quoted = urllib.parse.quote(sender, safe="")
        query = urllib.parse.urlencode({"token": self.token})
        reply = self._call("GET tracker", f"/conversations/{quoted}/tracker?{query}")
        if not isinstance(reply, dict):
            raise CallError(f"GET tracker: expected an object, got {reply!r:.200}")
        return reply
