"""Odd input over socketio (the web chat's channel): always a clear reply."""

import asyncio
import uuid

import pytest
import socketio

from channels.guards import TOO_LONG, UNREADABLE

pytestmark = pytest.mark.e2e


async def exchange(base_url, payloads, per_message_timeout=30):
    """Send each payload as user_uttered; the bot's replies to each."""
    client = socketio.AsyncClient()
    replies = asyncio.Queue()
    client.on("bot_uttered", lambda data: replies.put_nowait(data))
    await client.connect(base_url, transports=["polling"])
    session = uuid.uuid4().hex
    await client.emit("session_request", {"session_id": session})
    await asyncio.sleep(0.5)
    answers = []
    try:
        for payload in payloads:
            await client.emit("user_uttered", {"session_id": session, **payload})
            first = await asyncio.wait_for(replies.get(), per_message_timeout)
            await asyncio.sleep(0.8)
            batch = [first]
            while not replies.empty():
                batch.append(replies.get_nowait())
            answers.append(batch)
    finally:
        await client.disconnect()
    return answers


@pytest.mark.parametrize(
    "payload, expected",
    [
        ({"message": ""}, None),
        ({"message": "   "}, None),
        ({"message": "😀😀"}, None),
        ({"message": "<script>alert(1)</script>"}, None),
        ({"message": "x" * 100_000}, TOO_LONG),
        ({"message": 12345}, UNREADABLE),
        ({"message": {"nested": True}}, UNREADABLE),
    ],
)
def test_odd_input_gets_a_reply_and_the_conversation_goes_on(assistant, payload, expected):
    first, after = asyncio.run(
        exchange(assistant.base_url, [payload, {"message": "knot between my shoulder blades"}])
    )
    assert first and all(reply.get("text") for reply in first)
    if expected:
        assert first[0]["text"] == expected
    assert any("Question 2 of 5" in reply.get("text", "") for reply in after)
