"""What a CollectingDispatcher was asked to send, for assertions."""

from typing import List

from rasa_sdk.executor import CollectingDispatcher


def texts(dispatcher: CollectingDispatcher) -> List[str]:
    """The texts the dispatcher was asked to send."""
    return [message.get("text") or "" for message in dispatcher.messages]
