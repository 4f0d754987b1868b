"""Two Rasa servers sharing PostgreSQL and Redis: a message sent from server B for a
conversation whose socket is held by server A reaches that socket (socket.io's
messages go through Redis: channels/socketio.py)."""

import asyncio
import json
import urllib.request
import uuid

import pytest
import socketio
from rest_client import RestClient

from launcher.servers import free_port, running

pytestmark = pytest.mark.stores
TIMEOUT = 60


@pytest.fixture(scope="module")
def servers(model, tmp_path_factory, postgres, redis):
    with running(
        free_port(),
        free_port(),
        model=model,
        workdir=tmp_path_factory.mktemp("socketio-across"),
        env={**postgres, **redis},
        more_rasa_ports=[free_port()],
    ) as started:
        yield started


def trigger_intent(rasa_url: str, token: str, sender: str, intent: str) -> dict:
    """Rasa's HTTP API: run `intent` in the conversation, replying on its latest channel."""
    request = urllib.request.Request(
        f"{rasa_url}/conversations/{sender}/trigger_intent?output_channel=latest&token={token}",
        data=json.dumps({"name": intent}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        return json.loads(response.read())


async def next_text(replies: asyncio.Queue, starting: str) -> str:
    """The first bot text that starts with `starting` (others are skipped)."""
    while True:
        reply = await asyncio.wait_for(replies.get(), TIMEOUT)
        if reply.get("text", "").startswith(starting):
            return reply["text"]


async def test_a_message_sent_from_the_other_server_reaches_the_socket(servers):
    server_a, server_b = servers.rasa_urls
    client = socketio.AsyncClient()
    replies: asyncio.Queue = asyncio.Queue()
    confirmed: asyncio.Queue = asyncio.Queue()
    client.on("bot_uttered", replies.put_nowait)
    client.on("session_confirm", confirmed.put_nowait)
    session = uuid.uuid4().hex
    await client.connect(server_a, transports=["polling"])
    try:
        await client.emit("session_request", {"session_id": session})
        assert await asyncio.wait_for(confirmed.get(), TIMEOUT) == session
        await client.emit(
            "user_uttered", {"session_id": session, "message": "knot between my shoulder blades"}
        )
        await next_text(replies, "Question 2 of 5")
        while not replies.empty():
            replies.get_nowait()

        # Server B holds no socket: what it says goes through Redis to server A's.
        tracker = await asyncio.to_thread(
            trigger_intent, server_b, servers.token, session, "start_over"
        )
        said_by_b = [e["text"] for e in tracker["tracker"]["events"] if e["event"] == "bot"]
        last = said_by_b[-1]
        assert "Question 2 of 5" not in last, "start_over says something new"
        assert await next_text(replies, last[:30]) == last
    finally:
        await client.disconnect()
    # The conversation is the same on both servers.
    events = RestClient(server_a, servers.token).tracker(session)["events"]
    assert [e["text"] for e in events if e["event"] == "bot"][-1] == last
