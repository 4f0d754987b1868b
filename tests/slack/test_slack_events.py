"""Slack end to end on loopback: Events API payloads signed as Slack signs them,
replies captured by a stand-in for Slack's Web API; pictures and links only with
PUBLIC_URL."""

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

import pytest
from rest_client import RestClient
from waiting import wait_until

from keepsakes.pictures import picture_for
from launcher.servers import free_port, running

pytestmark = pytest.mark.e2e
SECRET = "test-signing-secret"


class SlackStandIn(BaseHTTPRequestHandler):
    """Records chat.postMessage calls and answers like Slack does."""

    posts: list = []

    def log_message(self, *args):
        return

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        try:
            payload = json.loads(body)
        except ValueError:
            payload = {k: v[0] for k, v in urllib.parse.parse_qs(body).items()}
        if self.path.endswith("chat.postMessage"):
            self.posts.append(payload)
        answer = json.dumps({"ok": True, "ts": str(time.time())}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)


@pytest.fixture(scope="module")
def slack(tmp_path_factory):
    api = ThreadingHTTPServer(("127.0.0.1", free_port()), SlackStandIn)
    threading.Thread(target=api.serve_forever, daemon=True).start()
    env = {
        "SLACK_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": f"http://127.0.0.1:{api.server_port}/api/",
    }
    with running(
        free_port(), free_port(), workdir=tmp_path_factory.mktemp("slack"), env=env
    ) as servers:
        yield servers
    api.shutdown()


def post_event(servers, payload, secret=SECRET, timestamp=None, headers=None):
    return post_signed(
        servers, json.dumps(payload).encode(), "application/json", secret, timestamp, headers
    )


def post_signed(servers, body, content_type, secret=SECRET, timestamp=None, headers=None):
    """POST `body` signed as Slack signs it: v0=HMAC-SHA256(secret, "v0:<timestamp>:<body>")."""
    stamp = str(int(timestamp or time.time()))
    signature = (
        "v0="
        + hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256).hexdigest()
    )
    request = urllib.request.Request(
        f"{servers.rasa_url}/webhooks/slack/webhook",
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
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def message(user, text, ts=None, event_id=None):
    ts = ts or f"{time.time():.6f}"
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
            "ts": ts,
            "channel_type": "im",
        },
    }


def user_turns(servers, user):
    """The person's messages as Rasa stored them (a turn is stored once it is done)."""
    events = RestClient(servers.rasa_url, servers.token).tracker(user)["events"]
    return [e["text"] for e in events if e["event"] == "user"]


def replies_after(count, timeout=30):
    """The posts after the first `count`, once there is one."""
    wait_until(lambda: len(SlackStandIn.posts) > count, timeout, "the bot sent nothing to Slack")
    return SlackStandIn.posts[count:]


def stored_turn(servers, user, send, text, timeout=60):
    """The posts made after `send()`, once Rasa has stored the turn of `text` it started."""
    before, turns = len(SlackStandIn.posts), len(user_turns(servers, user))
    send()

    def stored():
        stored = user_turns(servers, user)
        return len(stored) > turns and stored[-1] == text

    wait_until(stored, timeout, "the bot did not finish the turn")
    return SlackStandIn.posts[before:]


def in_thread(posted, ts):
    """The posts from the first reply in thread `ts` on, which must all be in it.

    Rasa takes one message of a conversation at a time, so anything still coming
    from an earlier message comes before the first reply in this thread."""
    start = next((i for i, post in enumerate(posted) if post.get("thread_ts") == ts), None)
    assert start is not None, "no reply in the thread"
    assert all(post.get("thread_ts") == ts for post in posted[start:]), "replies go to the thread"
    return posted[start:]


def say(servers, user, text, ts=None):
    """Post `text` as the person; the replies, all in the message's thread."""
    ts = ts or f"{time.time():.6f}"

    def send():
        assert post_event(servers, message(user, text, ts=ts))[0] == 200

    return in_thread(stored_turn(servers, user, send, text), ts)


def test_url_verification_challenge(slack):
    status, body = post_event(slack, {"type": "url_verification", "challenge": "abc123"})
    assert status == 200 and json.loads(body) == {"challenge": "abc123"}


def test_full_triage_over_slack_with_buttons(slack):
    user = f"U{uuid.uuid4().hex[:8]}"
    posted = say(slack, user, "knot between my shoulder blades")
    question = next(p for p in posted if "blocks" in p)
    blocks = (
        json.loads(question["blocks"])
        if isinstance(question["blocks"], str)
        else question["blocks"]
    )
    assert any(block["type"] == "actions" for block in blocks)
    say(slack, user, "no")
    say(slack, user, "no")
    say(slack, user, "no")
    posted = say(slack, user, "yes")
    assert any("SELF-CARE" in (p.get("text") or json.dumps(p.get("blocks", ""))) for p in posted)
    slots = RestClient(slack.rasa_url, slack.token).slots(user)
    assert slots["triage_outcome"] == "self_care_routine"


@pytest.mark.parametrize(
    "secret, age, headers",
    [("wrong-secret", 0, {}), (SECRET, 6 * 60, {}), (SECRET, 0, {"X-Slack-Signature": ""})],
    ids=["bad signature", "stale timestamp", "missing signature"],
)
def test_unsigned_or_stale_requests_never_reach_the_bot(slack, secret, age, headers):
    user = f"U{uuid.uuid4().hex[:8]}"
    before = len(SlackStandIn.posts)
    status, _ = post_event(
        slack,
        message(user, "knot between my shoulder blades"),
        secret=secret,
        timestamp=time.time() - age,
        headers=headers,
    )
    assert status == 400
    # Rejected before any processing: a signed message afterwards is the first turn.
    posted = say(slack, user, "hello")
    assert SlackStandIn.posts[before:] == posted, "the rejected message got a reply"
    assert user_turns(slack, user) == ["hello"]


def test_a_retry_of_a_handled_event_is_not_processed_twice(slack):
    user = f"U{uuid.uuid4().hex[:8]}"
    text = "knot between my shoulder blades"
    event = message(user, text, event_id="EvRetry1")
    stored_turn(slack, user, lambda: post_event(slack, event), text)
    before = len(SlackStandIn.posts)
    status, _ = post_event(
        slack, event, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"}
    )
    assert status == 200
    # Rasa takes one message of a conversation at a time, in order: a retry being
    # processed would be stored, and answered, before the next message.
    posted = say(slack, user, "no")
    assert SlackStandIn.posts[before:] == posted, "the retry got a reply"
    assert user_turns(slack, user) == [text, "no"]


def blocks_of(post):
    blocks = post.get("blocks") or []
    return json.loads(blocks) if isinstance(blocks, str) else blocks


def test_a_button_click_answers_in_the_thread(slack):
    """Interactivity: a click on a Block Kit button arrives form-encoded, signed the same way."""
    user = f"U{uuid.uuid4().hex[:8]}"
    thread = f"{time.time():.6f}"
    posted = say(slack, user, "knot between my shoulder blades", ts=thread)
    question = next(p for p in posted if "Question 2 of 5" in (p.get("text") or ""))
    assert question["text"], "the question is sent as text as well as blocks"
    buttons = [e for b in blocks_of(question) if b["type"] == "actions" for e in b["elements"]]
    none_of_these = next(b for b in buttons if b["text"]["text"] == "None of these")
    click = {
        "type": "block_actions",
        "user": {"id": user},
        "channel": {"id": "C1"},
        "message": {"ts": f"{time.time():.6f}", "thread_ts": thread},
        "actions": [
            {
                "type": "button",
                "action_id": "a1",
                "block_id": "b1",
                "value": none_of_these["value"],
                "text": none_of_these["text"],
            }
        ],
    }
    body = urllib.parse.urlencode({"payload": json.dumps(click)}).encode()

    def send():
        assert post_signed(slack, body, "application/x-www-form-urlencoded")[0] == 200

    posted = in_thread(stored_turn(slack, user, send, none_of_these["value"]), thread)
    assert any("Question 3 of 5" in (p.get("text") or "") for p in posted)
    assert user_turns(slack, user) == ["knot between my shoulder blades", none_of_these["value"]]


def test_a_click_with_a_bad_signature_is_rejected(slack):
    user = f"U{uuid.uuid4().hex[:8]}"
    click = {
        "type": "block_actions",
        "user": {"id": user},
        "channel": {"id": "C1"},
        "message": {"ts": "1.0"},
        "actions": [{"type": "button", "value": "/affirm"}],
    }
    body = urllib.parse.urlencode({"payload": json.dumps(click)}).encode()
    status, _ = post_signed(slack, body, "application/x-www-form-urlencoded", secret="wrong")
    assert status == 400
    events = RestClient(slack.rasa_url, slack.token).tracker(user)["events"]
    assert not [e for e in events if e["event"] == "user"]


@pytest.mark.parametrize(
    "text",
    ["😀😀", "<script>alert(1)</script>", "Tengo un nudo en la espalda", "   ", "a" * 20_000],
)
def test_odd_messages_get_a_reply_and_the_conversation_goes_on(slack, text):
    user = f"U{uuid.uuid4().hex[:8]}"
    before = len(SlackStandIn.posts)
    ts = f"{time.time():.6f}"
    status, _ = post_event(slack, message(user, text, ts=ts))
    assert status == 200
    assert replies_after(before)
    posted = say(slack, user, "knot between my shoulder blades")
    assert any("Question 2 of 5" in (p.get("text") or "") for p in posted)


def test_malformed_json_is_rejected_not_crashed(slack):
    body = b'{"type": "event_callback", "event": '
    stamp = str(int(time.time()))
    signature = (
        "v0="
        + hmac.new(SECRET.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256).hexdigest()
    )
    request = urllib.request.Request(
        f"{slack.rasa_url}/webhooks/slack/webhook",
        data=body,
        headers={
            "Content-Type": "application/json",
            "X-Slack-Signature": signature,
            "X-Slack-Request-Timestamp": stamp,
        },
    )
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=30)
    assert 400 <= error.value.code < 500


# Pictures and links: Slack fetches images from its own servers, so they come only
# with PUBLIC_URL (here a made-up public address: nothing fetches it in the tests).
PUBLIC_URL = "https://triage.example.org"
TO_STEP_ONE = [
    ("knot between my shoulder blades", "Question 2 of 5"),
    ("no", "Question 3 of 5"),
    ("no", "Question 4 of 5"),
    ("no", "Question 5 of 5"),
    ("yes", "Roughly when did the knot start"),
    ("about 6 weeks ago", "Do you have a foam roller"),
    ("yes", "kneel"),
    ("yes", "Step 1 of 7"),
]


@pytest.fixture(scope="module")
def slack_public(tmp_path_factory):
    api = ThreadingHTTPServer(("127.0.0.1", free_port()), SlackStandIn)
    threading.Thread(target=api.serve_forever, daemon=True).start()
    env = {
        "SLACK_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SECRET,
        "PUBLIC_URL": PUBLIC_URL,
        "SLACK_API_URL": f"http://127.0.0.1:{api.server_port}/api/",
    }
    with running(
        free_port(), free_port(), workdir=tmp_path_factory.mktemp("slack-public"), env=env
    ) as servers:
        yield servers
    api.shutdown()


def post_text(post):
    return (post.get("text") or "") + json.dumps(blocks_of(post))


def turn(servers, user, text, until, timeout=60):
    """Say `text`; every post of the reply, which must contain `until`."""

    def send():
        assert post_event(servers, message(user, text))[0] == 200

    posted = stored_turn(servers, user, send, text, timeout)
    assert any(until in post_text(post) for post in posted), f"no reply containing {until!r}"
    return posted


def to_step_one(servers):
    user = f"U{uuid.uuid4().hex[:8]}"
    posted = []
    for text, until in TO_STEP_ONE:
        posted = turn(servers, user, text, until)
    return posted


def test_with_a_public_address_the_step_comes_with_its_picture_and_links(slack_public):
    posted = to_step_one(slack_public)
    images = [block for post in posted for block in blocks_of(post) if block["type"] == "image"]
    assert len(images) == 1
    image = images[0]
    assert image["image_url"].startswith(PUBLIC_URL + "/webhooks/links/picture/")
    assert image["image_url"].endswith("/kneeling_with_roller-1.png"), "Slack can't show SVG"
    assert image["alt_text"] == picture_for("kneeling_with_roller", 1).alt
    texts = [post.get("text") or "" for post in posted]
    assert any(t.startswith(f"<{PUBLIC_URL}/webhooks/links/calendar/") for t in texts)
    assert any(t.startswith(f"<{PUBLIC_URL}/webhooks/links/summary/") for t in texts)
    # The picture Slack would fetch is there, behind the reverse proxy's address.
    local = slack_public.rasa_url + image["image_url"][len(PUBLIC_URL) :]
    with urllib.request.urlopen(local, timeout=30) as answer:
        assert answer.status == 200 and answer.headers["Content-Type"] == "image/png"


def test_without_a_public_address_slack_gets_text_only(slack):
    posted = to_step_one(slack)
    assert any("Step 1 of 7" in (post.get("text") or "") for post in posted)
    assert not [block for post in posted for block in blocks_of(post) if block["type"] == "image"]
    assert not [post for post in posted if "http" in post_text(post)], "no links either"
