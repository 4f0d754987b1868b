"""A reminder set in the web chat (socketio) survives a SIGKILL of the Rasa
server: started again, the server schedules it from the tracker store (SQLite
here) and the web chat, connected again, gets it once."""

import asyncio
import time
import uuid

import pytest
import socketio
from rest_client import RestClient
from stores_support import no_store_fallback
from waiting import wait_until_async

from launcher.servers import free_port, running

pytestmark = pytest.mark.stores
REMINDER_DELAY_SECONDS = 60
REMINDER_TEXT = "Time for your mid-back routine"


async def connect(base_url: str, session: str, replies: asyncio.Queue) -> socketio.AsyncClient:
    """A web chat client in `session` (it joins the session's room), replies queued."""
    client = socketio.AsyncClient()
    client.on("bot_uttered", lambda data: replies.put_nowait(data.get("text") or ""))
    joined = asyncio.Event()
    client.on("session_confirm", lambda _data: joined.set())
    await client.connect(base_url, transports=["polling"])
    await client.emit("session_request", {"session_id": session})
    await asyncio.wait_for(joined.wait(), 30)
    return client


async def reply_containing(replies: asyncio.Queue, text: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while True:
        reply = await asyncio.wait_for(replies.get(), max(0.1, deadline - time.monotonic()))
        if text in reply:
            return reply


async def remind_across_a_crash(servers) -> None:
    session, replies = uuid.uuid4().hex, asyncio.Queue()
    client = await connect(servers.rasa_url, session, replies)
    await client.emit("user_uttered", {"session_id": session, "message": "remind me"})
    await reply_containing(replies, "I'll remind you", 60)
    rest = RestClient(servers.rasa_url, servers.token)
    set_at = time.monotonic()
    await wait_until_async(
        lambda: [e for e in rest.tracker(session)["events"] if e["event"] == "reminder"],
        30,
        "the reminder was never stored",
    )
    await client.disconnect()

    await asyncio.to_thread(servers.restart_rasa, 0)
    assert time.monotonic() - set_at < REMINDER_DELAY_SECONDS, "the restart took too long"
    log = servers.workdir / "rasa-0-restarted.log"
    await wait_until_async(
        lambda: "Restored 1 pending reminder(s)." in log.read_text(errors="replace"),
        30,
        "the restarted server did not restore the reminder",
    )

    replies = asyncio.Queue()
    client = await connect(servers.rasa_url, session, replies)
    try:
        await reply_containing(replies, REMINDER_TEXT, REMINDER_DELAY_SECONDS + 60)
    finally:
        await client.disconnect()

    def said():
        return [e["text"] for e in rest.tracker(session)["events"] if e["event"] == "user"]

    # The turn is stored after its reply is sent.
    await wait_until_async(lambda: len(said()) > 1, 30, "the reminder's turn was not stored")
    assert said() == ["remind me", "EXTERNAL: EXTERNAL_routine_reminder"], "fired once"


def test_a_web_chat_reminder_survives_a_crash(model, tmp_path):
    with running(
        free_port(),
        free_port(),
        model=model,
        workdir=tmp_path,
        env={
            "DB_HOST": "",
            "REDIS_HOST": "",
            "REMINDER_DELAY_SECONDS": str(REMINDER_DELAY_SECONDS),
        },
    ) as servers:
        asyncio.run(remind_across_a_crash(servers))
        no_store_fallback(servers.workdir)
