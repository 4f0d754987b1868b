"""The links channel on the running Rasa server, over REST: the summary page, the
calendar file and the pictures answer 200 with their own content types for a
right token, 404 for a wrong one, for a token of another kind, after "forget
me" (even once the same sender id starts again) and after the retention purge,
and bad input never crashes."""

import json
import re
import sqlite3
import urllib.error
import urllib.request

import pytest
from icalendar import Calendar

from keepsakes.pictures import picture_for
from triage.outcome_messages import HEADLINES

pytestmark = pytest.mark.e2e

URL = re.compile(r"https?://[^\s)\"']+")
SELF_CARE = [
    "knot between my shoulder blades",
    "no",
    "no",
    "no",
    "yes",
    "about 6 weeks ago",
    "yes",
    "yes",
    "next",
]


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def converse(assistant, messages, sender=None):
    sender = sender or assistant.new_sender()
    replies = [reply for text in messages for reply in assistant.say(sender, text)]
    return sender, replies


def links(replies, kind):
    return [url for url in URL.findall(json.dumps(replies)) if f"/webhooks/links/{kind}/" in url]


@pytest.fixture(scope="module")
def self_care(assistant):
    sender, replies = converse(assistant, SELF_CARE)
    return sender, replies


def test_the_routine_s_links_answer_with_their_content_types(assistant, self_care):
    sender, replies = self_care
    (summary,) = links(replies, "summary")
    (calendar,) = links(replies, "calendar")
    pictures = links(replies, "picture")
    assert [url.rsplit("/", 1)[1] for url in pictures] == [
        "kneeling_with_roller-1.svg",
        "kneeling_with_roller-2.svg",
    ]
    assert all(sender not in url for url in URL.findall(json.dumps(replies))), (
        "no sender id in any URL"
    )

    status, headers, body = get(summary)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Cache-Control"] == "no-store" and headers["Referrer-Policy"] == "no-referrer"
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")
    page = body.decode()
    assert (
        HEADLINES["self_care_routine"] in page
        and "Kneeling forearm slides on a foam roller" in page
    )

    status, headers, body = get(calendar)
    assert status == 200 and headers["Content-Type"].startswith("text/calendar")
    assert "attachment" in headers["Content-Disposition"]
    events = [c for c in Calendar.from_ical(body).walk("VEVENT")]
    assert len(events) == 2 and "FREQ=WEEKLY" in body.decode()

    for url, step in zip(pictures, (1, 2), strict=True):
        status, headers, body = get(url)
        assert status == 200 and headers["Content-Type"] == "image/svg+xml"
        assert body == picture_for("kneeling_with_roller", step).path.read_bytes()
    assert replies[-2]["image"] == pictures[1], (
        "over REST the picture is its own message, with its URL"
    )


def swap_token(url, token):
    return re.sub(
        r"/(summary|calendar|picture)/[^/]+", lambda m: f"/{m.group(1)}/{token}", url, count=1
    )


def test_wrong_or_borrowed_tokens_get_404(assistant, self_care):
    _, replies = self_care
    (summary,) = links(replies, "summary")
    picture = links(replies, "picture")[0]
    token = summary.split("/summary/")[1]
    for url in (
        swap_token(summary, "wrong"),
        swap_token(summary, token[:-3] + "AAA"),
        swap_token(picture, token),  # a summary token does not open a picture
        picture.rsplit("/", 1)[0] + "/kneeling-1.svg",  # not a step's name
        picture.rsplit("/", 1)[0] + "/..%2F..%2Fcredentials.yml",
    ):
        status, headers, body = get(url)
        assert status == 404, url
        assert b"link is wrong or has expired" in body and headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    "path",
    [
        "summary/" + "A" * 5000,
        "summary/%00",
        "calendar/x/plan.ics",
        "picture/" + "%C3%A9" * 50 + "/x.svg",
        "summary/" + "A" * 20000,
    ],
)
def test_bad_input_gets_a_clear_answer_and_the_server_goes_on(assistant, path):
    status, _, body = get(f"{assistant.base_url}/webhooks/links/{path}")
    assert status in (404, 413), status  # 413: Sanic's own limit on a request line over 8 KB
    assert body
    assert get(f"{assistant.base_url}/webhooks/rest/")[0] == 200


def test_after_forget_me_every_link_is_gone_even_for_a_new_conversation(assistant):
    sender, replies = converse(assistant, SELF_CARE)
    urls = links(replies, "summary") + links(replies, "calendar") + links(replies, "picture")
    assert len(urls) == 4 and all(get(url)[0] == 200 for url in urls)
    converse(assistant, ["forget me", "yes"], sender)
    assert [get(url)[0] for url in urls] == [404] * 4
    converse(assistant, SELF_CARE, sender)  # the same sender id, a new conversation
    assert [get(url)[0] for url in urls] == [404] * 4


@pytest.mark.parametrize(
    "messages, level",
    [
        (
            ["knot between my shoulder blades", "I've had crushing chest pain since this morning"],
            "emergency",
        ),
        (
            ["knot between my shoulder blades", "I've had a fever and the chills for a few days"],
            "urgent_care",
        ),
        (
            [
                "knot between my shoulder blades and my fingers tingle",
                "no",
                "yes, my neck is sore too",
                "no",
                "about 3 weeks ago",
            ],
            "see_professional",
        ),
        (SELF_CARE[:8], "self_care_routine"),
        (
            [
                "knot between my shoulder blades",
                "no",
                "no",
                "no",
                "yes",
                "actually my neck does hurt",
            ],
            "see_professional",
        ),
        (
            SELF_CARE[:8] + ['/report_progress{"routine_progress": "worse"}', "3 weeks ago"],
            "see_professional",
        ),
        (
            SELF_CARE[:8] + ['/report_progress{"routine_progress": "better"}', "3 weeks ago"],
            "self_care_routine",
        ),
    ],
    ids=[
        "emergency",
        "urgent",
        "professional",
        "self-care",
        "re-triage",
        "follow-up worse",
        "follow-up better",
    ],
)
def test_every_outcome_links_to_its_summary(assistant, messages, level):
    sender, replies = converse(assistant, messages)
    assert assistant.slots(sender)["triage_outcome"] == level
    summary = links(replies, "summary")
    assert summary, "a link to the summary"
    status, _, body = get(summary[-1])
    assert status == 200 and HEADLINES[level].replace("'", "&#x27;") in body.decode()


def test_after_the_retention_purge_the_links_are_gone(assistant):
    sender, replies = converse(assistant, SELF_CARE[:8])
    (summary,) = links(replies, "summary")
    assert get(summary)[0] == 200
    # What `make purge` does to a conversation idle too long: all its events go.
    with sqlite3.connect(assistant.logs / "conversations.db") as db:
        db.execute("delete from events where sender_id = ?", (sender,))
    assert get(summary)[0] == 404
