"""Fixtures that run the real servers on loopback for end-to-end tests."""

import pytest

from cli.servers import ROOT, running
from rest_client import RestClient, free_port


@pytest.fixture(scope="session")
def assistant(tmp_path_factory) -> RestClient:
    model = ROOT / "models" / "triage.tar.gz"
    assert model.exists(), "no trained model: run `make train` (make test does)"
    workdir = tmp_path_factory.mktemp("servers")
    with running(free_port(), free_port(), model=model, workdir=workdir) as servers:
        client = RestClient(servers.rasa_url, servers.token)
        client.logs = workdir
        yield client
