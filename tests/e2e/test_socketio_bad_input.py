"""Odd input over socketio (the web chat's channel): always a clear reply."""

import asyncio
import uuid

import pytest
import socketio

from channels.guards import TOO_LONG, UNREADABLE

pytestmark = pytest.mark.e2e


async def exchange(base_url, odd, until="Question 2 of 5", timeout=30):
    """Send `odd` and, once it has a reply, a clear first message: the first reply,
    then every later one until one contains `until` (on time, or TimeoutError)."""
    client = socketio.AsyncClient()
    replies = asyncio.Queue()
    confirmed = asyncio.Event()
    client.on("bot_uttered", lambda data: replies.put_nowait(data))
    client.on("session_confirm", lambda *_: confirmed.set())
    await client.connect(base_url, transports=["polling"])
    session = uuid.uuid4().hex
    try:
        await client.emit("session_request", {"session_id": session})
        await asyncio.wait_for(confirmed.wait(), timeout)
        await client.emit("user_uttered", {"session_id": session, **odd})
        first = await asyncio.wait_for(replies.get(), timeout)
        await client.emit(
            "user_uttered", {"session_id": session, "message": "knot between my shoulder blades"}
        )
        after = []
        while not any(until in reply.get("text", "") for reply in after):
            after.append(await asyncio.wait_for(replies.get(), timeout))
    finally:
        await client.disconnect()
    return first, after


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
    first, after = asyncio.run(exchange(assistant.base_url, payload))
    assert all(reply.get("text") for reply in [first, *after])
    if expected:
        assert first["text"] == expected
    assert "Question 2 of 5" in after[-1]["text"]
