"""Rasa's socketio channel (the web chat) with our guards: every turn gets a
reply, and unreadable or oversized messages get a clear one.

With several Rasa servers, each socket lives in the one server it connected to.
When Redis is configured (REDIS_HOST, REDIS_PORT, REDIS_PASSWORD, as for the lock
store: launcher/endpoints.py), the socket.io server shares its messages through
Redis (python-socketio's AsyncRedisManager), so a message sent from any server,
a reminder or a triggered intent, reaches the socket wherever it is.
"""

import os
from typing import Any, Awaitable, Callable, Mapping, Optional, Text

import socketio
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from channels.guards import never_silent
from triage.contract import WEB_CHAT_CHANNEL


def redis_manager(env: Mapping[str, str]) -> Optional[socketio.AsyncRedisManager]:
    """The client manager that shares messages between servers through Redis; None
    without REDIS_HOST (one server: socket.io's own in-process manager)."""
    if not env.get("REDIS_HOST"):
        return None
    url = f"redis://{env['REDIS_HOST']}:{int(env.get('REDIS_PORT') or 6379)}"
    options = {"password": env["REDIS_PASSWORD"]} if env.get("REDIS_PASSWORD") else {}
    channel = f"{env.get('REDIS_KEY_PREFIX') or 'midback'}-socketio"
    return socketio.AsyncRedisManager(url, channel=channel, redis_options=options)


def share_through(sio: socketio.AsyncServer, manager: socketio.AsyncRedisManager) -> None:
    """Make `manager` the server's client manager (Rasa builds the AsyncServer itself)."""
    manager.set_server(sio)
    sio.manager = manager


class SafeSocketIOInput(SocketIOInput):
    """The socketio channel, guarded, and shared through Redis when it is configured."""

    @classmethod
    def name(cls) -> Text:
        return WEB_CHAT_CHANNEL

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(never_silent(on_new_message))
        sio = self.sio
        manager = redis_manager(os.environ)
        if manager is not None:
            share_through(sio, manager)

            @webhook.listener("after_server_start")
            async def listen_to_redis(*_: Any) -> None:
                # socket.io subscribes on its first connection; a server that has
                # none yet must still hear what the others send for its sockets.
                if not sio.manager_initialized:
                    sio.manager_initialized = True
                    sio.manager.initialize()

        namespace = self.namespace or "/"
        handle_message = sio.handlers[namespace][self.user_message_evt]

        async def readable_first(sid: Text, data: Any) -> None:
            # Rasa's handler strips the text: a number or an object would raise
            # before any guard runs, so it reaches the guard as "no text".
            data = data if isinstance(data, dict) else {}
            if not isinstance(data.get("message", ""), str):
                data = {**data, "message": None}
            await handle_message(sid, data)

        sio.on(self.user_message_evt, readable_first, namespace=self.namespace)
        return webhook
