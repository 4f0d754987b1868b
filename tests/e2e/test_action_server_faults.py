"""The action server stops mid-conversation: a clear message, then the check goes on."""

import pytest
from rest_client import RestClient

from channels.guards import CANNOT_CONTINUE
from launcher.servers import ROOT, free_port, running, start_action_server, wait_until_ready

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("faults")
    with running(
        free_port(), free_port(), model=ROOT / "models" / "triage.tar.gz", workdir=workdir
    ) as started:
        yield started


def test_action_server_down_then_back(servers):
    client = RestClient(servers.rasa_url, servers.token)
    sender = client.new_sender()
    client.say(sender, "knot between my shoulder blades")
    actions = servers.processes[0]
    actions.terminate()
    actions.wait(timeout=15)

    replies = client.say(sender, "no, none of those")
    assert [r["text"] for r in replies] == [CANNOT_CONTINUE]
    assert "emergency number" in CANNOT_CONTINUE

    port = int(servers.actions_url.rsplit(":", 1)[1])
    log = servers.workdir / "actions-restarted.log"
    servers.processes[0] = start_action_server(port, log, servers.env)
    wait_until_ready(
        f"{servers.actions_url}/health", servers.processes[0], "action server", 60, log
    )

    replies = client.say(sender, "no, none of those")
    assert any(r.get("text", "").startswith("Question 3 of 5") for r in replies)
    assert client.slots(sender)["red_flags"] == []
