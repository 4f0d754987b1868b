"""Start-up problems stop with a clear message naming the problem."""

import pytest

from launcher.servers import ServerError, free_port, running

pytestmark = pytest.mark.e2e


def test_missing_model_names_the_fix(tmp_path):
    with pytest.raises(ServerError, match="no trained model .* run `make train`"):
        with running(free_port(), free_port(), model=tmp_path / "absent.tar.gz", workdir=tmp_path):
            pass


def test_corrupt_model_is_reported(tmp_path):
    model = tmp_path / "broken.tar.gz"
    model.write_bytes(b"this is not a model")
    with pytest.raises(ServerError, match="Rasa server (could not load its model|exited)"):
        with running(free_port(), free_port(), model=model, workdir=tmp_path, timeout=90):
            pass


def test_port_in_use_is_reported(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ServerError, match=f"port {port} .* already in use"):
            with running(port, free_port(), workdir=tmp_path):
                pass
