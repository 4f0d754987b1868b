"""Rasa's socketio channel (the web chat) with our guards: every turn gets a
reply, and unreadable or oversized messages get a clear one."""

from typing import Any, Awaitable, Callable, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from channels.guards import never_silent
from triage.contract import WEB_CHAT_CHANNEL


class SafeSocketIOInput(SocketIOInput):
    """The socketio channel, guarded."""

    @classmethod
    def name(cls) -> Text:
        return WEB_CHAT_CHANNEL

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(never_silent(on_new_message))
        namespace = self.namespace or "/"
        handle_message = self.sio.handlers[namespace][self.user_message_evt]

        async def readable_first(sid: Text, data: Any) -> None:
            # Rasa's handler strips the text: a number or an object would raise
            # before any guard runs, so it reaches the guard as "no text".
            data = data if isinstance(data, dict) else {}
            if not isinstance(data.get("message", ""), str):
                data = {**data, "message": None}
            await handle_message(sid, data)

        self.sio.on(self.user_message_evt, readable_first, namespace=self.namespace)
        return webhook
