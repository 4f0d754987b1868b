"""Slack end to end on loopback: Events API payloads signed as Slack signs them,
replies captured by a stand-in for Slack's Web API; pictures and links only with
PUBLIC_URL."""

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from rest_client import RestClient
from slack_web_api import (
    SECRET,
    SlackWebApi,
    message,
    new_user,
    post_signed,
    post_text,
    slack_env,
    stored_turn,
    user_turns,
)
from slack_web_api import post_event as post_event_to
from waiting import wait_until

from channels.guards import CANNOT_CONTINUE
from keepsakes.pictures import picture_for
from launcher.servers import free_port, running
from triage.dates import spoken
from triage.plan import plan_from

pytestmark = pytest.mark.e2e
API = SlackWebApi()


@pytest.fixture(scope="module")
def slack(tmp_path_factory):
    with API.serving() as api_url:
        with running(
            free_port(),
            free_port(),
            workdir=tmp_path_factory.mktemp("slack"),
            env=slack_env(api_url),
        ) as servers:
            yield servers


def post_event(servers, payload, secret=SECRET, timestamp=None, headers=None):
    return post_event_to(
        servers.rasa_url, payload, secret=secret, timestamp=timestamp, headers=headers
    )


def client(servers):
    return RestClient(servers.rasa_url, servers.token)


def turn_of(servers, user, send, text, timeout=60):
    """The posts made after `send()`, once Rasa has stored the turn of `text`."""
    return stored_turn(API, client(servers), user, send, text, timeout)


def say(servers, user, text, ts=None):
    """Post `text` as the person; the replies, which must all be in the message's thread."""
    ts = ts or f"{time.time():.6f}"

    def send():
        assert post_event(servers, message(user, text, ts=ts))[0] == 200

    posted = turn_of(servers, user, send, text)
    assert all(post.get("thread_ts") == ts for post in posted), "replies go to the thread"
    return posted


def test_url_verification_challenge(slack):
    status, body = post_event(slack, {"type": "url_verification", "challenge": "abc123"})
    assert status == 200 and json.loads(body) == {"challenge": "abc123"}


def test_full_triage_over_slack_with_buttons(slack):
    user = new_user()
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
    slots = client(slack).slots(user)
    assert slots["triage_outcome"] == "self_care_routine"


@pytest.mark.parametrize(
    "secret, age, headers",
    [("wrong-secret", 0, {}), (SECRET, 6 * 60, {}), (SECRET, 0, {"X-Slack-Signature": ""})],
    ids=["bad signature", "stale timestamp", "missing signature"],
)
def test_unsigned_or_stale_requests_never_reach_the_bot(slack, secret, age, headers):
    user = new_user()
    before = len(API.posts)
    status, _ = post_event(
        slack,
        message(user, "knot between my shoulder blades"),
        secret=secret,
        timestamp=time.time() - age,
        headers=headers,
    )
    assert status == 400
    # Rasa takes a conversation's messages one at a time, in order: had the rejected
    # one got through, it would be stored, and answered, before a signed one after it.
    posted = say(slack, user, "hello")
    assert API.posts[before:] == posted, "the rejected message got a reply"
    assert user_turns(client(slack), user) == ["hello"]


def test_a_retry_of_a_handled_event_is_not_processed_twice(slack):
    user = new_user()
    text = "knot between my shoulder blades"
    event = message(user, text, event_id="EvRetry1")

    def send():
        assert post_event(slack, event)[0] == 200

    assert turn_of(slack, user, send, text)
    before = len(API.posts)
    status, _ = post_event(
        slack, event, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"}
    )
    assert status == 200
    # A retry being processed would be stored, and answered, before the next message.
    posted = say(slack, user, "no")
    assert API.posts[before:] == posted, "the retry got a reply"
    assert user_turns(client(slack), user) == [text, "no"]


def blocks_of(post):
    blocks = post.get("blocks") or []
    return json.loads(blocks) if isinstance(blocks, str) else blocks


def test_a_button_click_answers_in_the_thread(slack):
    """Interactivity: a click on a Block Kit button arrives form-encoded, signed the same way."""
    user = new_user()
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
        assert post_signed(slack.rasa_url, body, "application/x-www-form-urlencoded")[0] == 200

    posted = turn_of(slack, user, send, none_of_these["value"])
    assert any("Question 3 of 5" in (p.get("text") or "") for p in posted)
    assert all(p.get("thread_ts") == thread for p in posted), "replies go to the thread"
    assert user_turns(client(slack), user) == [
        "knot between my shoulder blades",
        none_of_these["value"],
    ]


def test_a_click_with_a_bad_signature_is_rejected(slack):
    user = new_user()
    before = len(API.posts)
    click = {
        "type": "block_actions",
        "user": {"id": user},
        "channel": {"id": "C1"},
        "message": {"ts": "1.0"},
        "actions": [{"type": "button", "value": "/affirm"}],
    }
    body = urllib.parse.urlencode({"payload": json.dumps(click)}).encode()
    status, _ = post_signed(
        slack.rasa_url, body, "application/x-www-form-urlencoded", secret="wrong"
    )
    assert status == 400
    posted = say(slack, user, "hello")
    assert API.posts[before:] == posted, "the rejected click got a reply"
    assert user_turns(client(slack), user) == ["hello"]


@pytest.mark.parametrize(
    "text",
    ["😀😀", "<script>alert(1)</script>", "Tengo un nudo en la espalda", "   ", "a" * 20_000],
)
def test_odd_messages_get_a_reply_and_the_conversation_goes_on(slack, text):
    user = new_user()
    before = len(API.posts)
    odd = f"{time.time():.6f}"
    status, _ = post_event(slack, message(user, text, ts=odd))
    assert status == 200
    wait_until(lambda: len(API.posts) > before, 30, "the odd message got no reply")
    ts = f"{time.time():.6f}"

    def send():
        assert post_event(slack, message(user, "knot between my shoulder blades", ts=ts))[0] == 200

    turn_of(slack, user, send, "knot between my shoulder blades")
    # Not every odd message is stored as a turn, so its replies may still be coming:
    # all come, in its thread, before the first reply to the next message.
    threads = [post.get("thread_ts") for post in API.posts[before:]]
    answered = threads.count(odd)
    assert answered and threads == [odd] * answered + [ts] * (len(threads) - answered)
    posted = API.posts[before + answered :]
    assert any("Question 2 of 5" in (p.get("text") or "") for p in posted)


def test_malformed_json_is_rejected_not_crashed(slack):
    body = b'{"type": "event_callback", "event": '
    status, _ = post_signed(slack.rasa_url, body, "application/json")
    assert 400 <= status < 500


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
    with API.serving() as api_url:
        with running(
            free_port(),
            free_port(),
            workdir=tmp_path_factory.mktemp("slack-public"),
            env={**slack_env(api_url), "PUBLIC_URL": PUBLIC_URL},
        ) as servers:
            yield servers


def turn(servers, user, text, until, timeout=60):
    """Say `text`; every post of the reply, which must contain `until`."""

    def send():
        assert post_event(servers, message(user, text))[0] == 200

    posted = turn_of(servers, user, send, text, timeout)
    assert any(until in post_text(post) for post in posted), f"no reply containing {until!r}"
    return posted


def to_step_one(servers, user=None):
    user = user or new_user()
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


# Time zones: Slack sends none with an event; the bot reads the user's profile
# (users.info) once and reckons their dates in it.
ZONES = ("Pacific/Kiritimati", "Pacific/Auckland", "Asia/Tokyo", "Pacific/Pago_Pago")


def zone_on_another_date():
    """A zone whose date is not UTC's now and stays the same for the next minutes."""
    now = datetime.now(timezone.utc)
    for name in ZONES:
        local = now.astimezone(ZoneInfo(name))
        if local.date() != now.date() and (local + timedelta(minutes=10)).date() == local.date():
            return name, local.date(), now.date()
    raise AssertionError("no zone on another date than UTC's")  # can't happen: +14 or -11


def check_in_text(posts):
    return next(p["text"] for p in posts if "Check in with me on" in (p.get("text") or ""))


def test_dates_are_reckoned_in_the_users_slack_time_zone(slack):
    zone, local_day, utc_day = zone_on_another_date()
    user = new_user()
    API.zones[user] = zone
    posted = to_step_one(slack, user)
    plan = check_in_text(posted)
    assert f"Check in with me on {spoken(plan_from(local_day).check_in)}" in plan, (zone, plan)
    assert spoken(plan_from(utc_day).check_in) not in plan
    assert API.lookups.count(user) == 1, "users.info once for all the messages"
    events = client(slack).tracker(user)["events"]
    said = [e for e in events if e["event"] == "user"]
    assert len(said) == len(TO_STEP_ONE)
    assert all(e["metadata"]["timezone"] == zone for e in said)


def test_when_slack_cant_tell_the_zone_dates_are_in_utc_and_nothing_is_said(slack):
    user = new_user()  # not in API.zones: users.info answers user_not_found
    posted = to_step_one(slack, user)
    utc_check_in = plan_from(datetime.now(timezone.utc).date()).check_in
    assert f"Check in with me on {spoken(utc_check_in)}" in check_in_text(posted)
    assert not [p for p in posted if CANNOT_CONTINUE in post_text(p)]
    assert API.lookups.count(user) == 1, "a failed look-up is not retried on every message"
    events = client(slack).tracker(user)["events"]
    assert not [e for e in events if e["event"] == "user" and "timezone" in e["metadata"]]
