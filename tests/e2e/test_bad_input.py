"""Odd input over REST: each gets a clear reply or a 400, and the next message works."""

import json
import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.e2e


def raw_post(assistant, body: bytes):
    request = urllib.request.Request(
        assistant.base_url + "/webhooks/rest/webhook",
        data=body,
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def assert_still_works(assistant, sender):
    replies = assistant.say(sender, "knot between my shoulder blades")
    assert any(r.get("text", "").startswith("Question 2 of 5") for r in replies)


@pytest.mark.parametrize(
    "message",
    [
        "",
        "   ",
        "😀😀😀",
        "Tengo un nudo en la espalda",
        "<script>alert(1)</script>",
        "<b>bold</b><img src=x onerror=alert(1)>",
        "\u0000\u200b",
        "a" * 4999,
    ],
)
def test_odd_messages_get_a_reply_and_the_conversation_goes_on(assistant, message):
    sender = assistant.new_sender()
    status, replies = raw_post(
        assistant, json.dumps({"sender": sender, "message": message}).encode()
    )
    assert status == 200
    assert replies and all(r.get("text") or r.get("image") for r in replies), (
        "text, or a step's picture"
    )
    assert_still_works(assistant, sender)


@pytest.mark.parametrize(
    "body, error",
    [
        (json.dumps({"sender": "x", "message": "a" * 100_000}).encode(), "too long"),
        (b'{"sender": "x", "message": "\xff\xfe caf\xe9"}', "not valid UTF-8 JSON"),
        (b"not json at all", "not valid UTF-8 JSON"),
        (json.dumps(["a", "list"]).encode(), "JSON object"),
        (json.dumps({"message": "hi"}).encode(), "'sender'"),
        (json.dumps({"sender": "x"}).encode(), "'message' must be a string"),
        (json.dumps({"sender": "x", "message": 42}).encode(), "'message' must be a string"),
        (json.dumps({"sender": {"id": 1}, "message": "hi"}).encode(), "'sender'"),
        (json.dumps({"sender": "a\nb", "message": "hi"}).encode(), "control characters"),
        (json.dumps({"sender": "x" * 300, "message": "hi"}).encode(), "1-255 characters"),
        (json.dumps({"sender": "x", "message": "hi", "metadata": "tz"}).encode(), "'metadata'"),
    ],
)
def test_bad_requests_get_a_400_that_says_why(assistant, body, error):
    status, answer = raw_post(assistant, body)
    assert status == 400
    assert error in answer["error"]


def test_a_bad_request_does_not_disturb_the_conversation(assistant):
    sender = assistant.new_sender()
    assistant.say(sender, "hi")
    status, _ = raw_post(assistant, json.dumps({"sender": sender, "message": 7}).encode())
    assert status == 400
    assert assistant.slots(sender)["requested_slot"] == "knot_location"
    assert_still_works(assistant, sender)


def test_numeric_sender_ids_are_accepted(assistant):
    status, replies = raw_post(assistant, json.dumps({"sender": 12345, "message": "hi"}).encode())
    assert status == 200 and replies
