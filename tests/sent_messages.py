"""What a CollectingDispatcher was asked to send, for assertions: texts, the
names of domain responses, and a response as Rasa fills it in."""

from typing import Any, Dict, List, Optional

from rasa.core.nlg.interpolator import interpolate
from rasa_sdk.executor import CollectingDispatcher


def texts(dispatcher: CollectingDispatcher) -> List[str]:
    """The texts the dispatcher was asked to send."""
    return [message.get("text") or "" for message in dispatcher.messages]


def responses(dispatcher: CollectingDispatcher) -> List[Optional[str]]:
    """The name of the domain response of each message (None for a composed text)."""
    return [message.get("response") for message in dispatcher.messages]


def rendered(domain: Dict[str, Any], message: Dict[str, Any]) -> Dict[str, Any]:
    """A message as Rasa sends it: a response's text and buttons with its
    variables filled in, plus any buttons the action added."""
    name = message.get("response")
    if not name:
        return {"text": message.get("text"), "buttons": message.get("buttons") or []}
    variables = {key: value for key, value in message.items() if key not in ("response", "buttons")}
    response = interpolate(dict(domain["responses"][name][0]), variables)
    buttons = list(response.get("buttons") or []) + list(message.get("buttons") or [])
    return {"text": response["text"], "buttons": buttons}


def said(domain: Dict[str, Any], dispatcher: CollectingDispatcher) -> List[str]:
    """The text of every message as the person reads it."""
    return [rendered(domain, message)["text"] or "" for message in dispatcher.messages]
