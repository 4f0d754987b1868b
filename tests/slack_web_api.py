"""Slack on loopback for the tests: a stand-in for Slack's Web API that records
chat.postMessage calls and answers users.info, Events API requests signed as
Slack signs them, and a turn counted done once Rasa has stored it."""

import contextlib
import hashlib
import hmac
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Dict, Iterator, List, Optional, Tuple

from rest_client import RestClient
from waiting import wait_until

from launcher.servers import free_port

SECRET = "test-signing-secret"


class SlackWebApi:
    """What the bot sent (`posts`) and whose profile it read (`lookups`); `zones`
    gives a user's profile time zone, and users.info fails for anyone not in it."""

    def __init__(self) -> None:
        self.posts: List[dict] = []
        self.lookups: List[str] = []
        self.zones: Dict[str, str] = {}

    def users_info(self, query: str) -> dict:
        user = urllib.parse.parse_qs(query).get("user", [""])[0]
        self.lookups.append(user)
        if user not in self.zones:
            return {"ok": False, "error": "user_not_found"}
        return {"ok": True, "user": {"id": user, "tz": self.zones[user]}}

    @contextlib.contextmanager
    def serving(self) -> Iterator[str]:
        """Serve on a free loopback port; yields the base URL (SLACK_API_URL)."""
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                return

            def answer(self, payload: dict) -> None:
                body = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):  # noqa: N802
                path, _, query = self.path.partition("?")
                if path.endswith("users.info"):
                    self.answer(api.users_info(query))
                else:
                    self.answer({"ok": False, "error": "unknown_method"})

            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                try:
                    payload = json.loads(body)
                except ValueError:
                    payload = {k: v[0] for k, v in urllib.parse.parse_qs(body).items()}
                if self.path.endswith("chat.postMessage"):
                    api.posts.append(payload)
                elif self.path.endswith("users.info"):
                    self.answer(api.users_info(urllib.parse.urlencode(payload)))
                    return
                self.answer({"ok": True, "ts": str(time.time())})

        server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            yield f"http://127.0.0.1:{server.server_port}/api/"
        finally:
            server.shutdown()
            server.server_close()


def slack_env(api_url: str) -> Dict[str, str]:
    """The environment that turns the Slack channel on, talking to `api_url`."""
    return {"SLACK_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": api_url}


def signed_request(
    rasa_url: str,
    body: bytes,
    content_type: str,
    secret: str = SECRET,
    timestamp: Optional[float] = None,
    headers: Optional[Dict[str, str]] = None,
) -> Tuple[int, Dict[str, str], str]:
    """POST `body` signed as Slack signs it: v0=HMAC-SHA256(secret, "v0:<timestamp>:<body>");
    the answer's status, headers and body."""
    stamp = str(int(timestamp or time.time()))
    signature = (
        "v0="
        + hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256).hexdigest()
    )
    request = urllib.request.Request(
        f"{rasa_url}/webhooks/slack/webhook",
        data=body,
        headers={
            "Content-Type": content_type,
            "X-Slack-Signature": signature,
            "X-Slack-Request-Timestamp": stamp,
            **(headers or {}),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, dict(answer.headers), answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def post_signed(rasa_url: str, body: bytes, content_type: str, **signing) -> Tuple[int, str]:
    """The status and body of a signed POST."""
    status, _, text = signed_request(rasa_url, body, content_type, **signing)
    return status, text


def post_event(rasa_url: str, payload: dict, **signing) -> Tuple[int, str]:
    """POST an Events API payload as JSON, signed."""
    return post_signed(rasa_url, json.dumps(payload).encode(), "application/json", **signing)


def message(user: str, text: str, ts: Optional[str] = None, event_id: Optional[str] = None):
    """A direct message from `user`, as the Events API delivers it."""
    return {
        "token": "x",
        "team_id": "T1",
        "type": "event_callback",
        "event_id": event_id or f"Ev{uuid.uuid4().hex[:10]}",
        "event": {
            "type": "message",
            "channel": "C1",
            "user": user,
            "text": text,
            "ts": ts or f"{time.time():.6f}",
            "channel_type": "im",
        },
    }


def new_user() -> str:
    return f"U{uuid.uuid4().hex[:8]}"


def post_text(post: dict) -> str:
    """A post's text and blocks, to search in."""
    blocks = post.get("blocks") or []
    return (post.get("text") or "") + (blocks if isinstance(blocks, str) else json.dumps(blocks))


def wait_for_post(
    api: SlackWebApi, containing: str, after: int = 0, timeout: float = 60
) -> List[dict]:
    """Every post from index `after` on, once one of them contains `containing`."""

    def posted() -> List[dict]:
        posts = api.posts[after:]
        return posts if any(containing in post_text(post) for post in posts) else []

    return wait_until(posted, timeout, f"no post to Slack containing {containing!r}")


def user_turns(client: RestClient, user: str) -> List[str]:
    """The person's messages as Rasa stored them (a turn is stored once it is done)."""
    return [e["text"] for e in client.tracker(user)["events"] if e["event"] == "user"]


def stored_turn(
    api: SlackWebApi,
    client: RestClient,
    user: str,
    send: Callable[[], object],
    text: str,
    timeout: float = 60,
) -> List[dict]:
    """The posts made after `send()`, once Rasa has stored the turn of `text` it started."""
    before, turns = len(api.posts), len(user_turns(client, user))
    send()

    def stored() -> bool:
        said = user_turns(client, user)
        return len(said) > turns and said[-1] == text

    wait_until(stored, timeout, f"the bot did not finish the turn of {text!r}")
    return api.posts[before:]
