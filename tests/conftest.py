"""Shared fixtures: a dispatcher, the domain, trackers built from slot values, and
the running assistant (action server and Rasa server on loopback) for end-to-end tests."""

from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rest_client import RestClient

from launcher.servers import free_port, running

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


@pytest.fixture(scope="session")
def domain() -> Dict[str, Any]:
    return yaml.safe_load((ROOT / "domain.yml").read_text())


def build_tracker(
    slots: Optional[Dict[str, Any]] = None,
    text: str = "",
    intent: Optional[str] = None,
    entities: Optional[List[Dict[str, Any]]] = None,
    active_loop: Optional[str] = None,
    events_after_message: Optional[List[Dict[str, Any]]] = None,
) -> Tracker:
    """A tracker whose latest user message is `text`, as the action server gets it."""
    message = {
        "text": text,
        "intent": {"name": intent, "confidence": 1.0} if intent else {},
        "entities": entities or [],
    }
    events = [{"event": "user", "text": text, "parse_data": message}]
    events += events_after_message or []
    return Tracker(
        sender_id="test",
        slots=dict(slots or {}),
        latest_message=message,
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


@pytest.fixture
def tracker():
    """Factory: `tracker(slots=..., text=..., intent=..., entities=..., active_loop=...)`."""
    return build_tracker


@pytest.fixture(scope="session")
def assistant(tmp_path_factory) -> RestClient:
    model = ROOT / "models" / "triage.tar.gz"
    assert model.exists(), "no trained model: run `make train` (make test does)"
    workdir = tmp_path_factory.mktemp("servers")
    with running(free_port(), free_port(), model=model, workdir=workdir) as servers:
        client = RestClient(servers.rasa_url, servers.token)
        client.logs = workdir
        yield client
