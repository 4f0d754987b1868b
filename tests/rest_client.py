"""A REST client for the assistant, as an integration would use it."""

import json
import urllib.request
import uuid
from typing import Any, Dict, List


class RestClient:
    """Talks to the assistant the way a REST integration does."""

    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url
        self.token = token

    def _call(self, path: str, payload: Any = None) -> Any:
        data = json.dumps(payload).encode("utf-8") if payload is not None else None
        request = urllib.request.Request(
            self.base_url + path, data=data, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read().decode("utf-8"))

    def say(self, sender: str, text: str) -> List[Dict[str, Any]]:
        return self._call("/webhooks/rest/webhook", {"sender": sender, "message": text})

    def tracker(self, sender: str) -> Dict[str, Any]:
        return self._call(f"/conversations/{sender}/tracker?token={self.token}")

    def slots(self, sender: str) -> Dict[str, Any]:
        return self.tracker(sender)["slots"]

    @staticmethod
    def new_sender() -> str:
        return f"e2e-{uuid.uuid4().hex[:10]}"
