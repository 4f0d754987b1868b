"""The web chat through nginx (deploy/nginx.conf.template, Debian's nginx on loopback)
in front of two Rasa servers sharing PostgreSQL and Redis: a triage completed in
the browser; then the Rasa server that held the socket is killed, and the
conversation goes on on the other one, with its history."""

from urllib.parse import urlsplit

import pytest
from chat_page import (
    answer_on_to_planning,
    click_reply,
    open_chat,
    session_id,
    third_party,
    wait_for_bot,
)
from rest_client import RestClient
from stores.conftest import postgres, redis  # noqa: F401 -- the stores' fixtures
from waiting import wait_until

from launcher.proxy import proxying
from launcher.servers import free_port, running
from launcher.web import WIDGET, build

pytestmark = [pytest.mark.web, pytest.mark.stores, pytest.mark.e2e]
pytest.importorskip("playwright.sync_api")
SOCKET = "/socket.io/"


@pytest.fixture(scope="module")
def scaled_out(tmp_path_factory, postgres, redis):  # noqa: F811 -- the fixtures above
    assert WIDGET.exists(), "rasa-webchat is missing: run `make web`"
    workdir = tmp_path_factory.mktemp("web-scale-out")
    web_port = free_port()
    page = f"http://127.0.0.1:{web_port}"
    # Links and pictures through nginx too, as PUBLIC_URL does in the deployment.
    settings = {**postgres, **redis, "WEB_ORIGINS": page, "PUBLIC_URL": page}
    with running(
        free_port(), free_port(), workdir=workdir, env=settings, more_rasa_ports=[free_port()]
    ) as servers:
        static = build(workdir / "static")  # as `make web` builds build/web
        with proxying(servers.rasa_urls, static, port=web_port) as proxy:
            assert proxy.url == page
            yield servers, proxy


@pytest.fixture(scope="module")
def page_url(scaled_out):
    """The page through nginx, for tests/web/conftest.py's `browser`."""
    servers, proxy = scaled_out
    return proxy.url, RestClient(servers.rasa_url, servers.token)


def socket_servers(proxy):
    """The Rasa server (host:port) that answered each finished socket.io request."""
    return [tried.split(", ")[-1] for tried, status in proxy.upstreams(SOCKET) if status == "200"]


def test_conversation_survives_the_loss_of_the_server_holding_the_socket(scaled_out, browser):
    servers, proxy = scaled_out
    page = browser.page
    open_chat(page, proxy.url)
    click_reply(page, "Between my shoulder blades")
    wait_for_bot(page, "Question 2 of 5")
    click_reply(page, "None of these")
    answer_on_to_planning(page)
    sender = session_id(page)

    # Every socket.io request so far went to one server (nginx's ip_hash).
    held_by = set(socket_servers(proxy))
    assert len(held_by) == 1, held_by
    addresses = [urlsplit(url).netloc for url in servers.rasa_urls]
    index = addresses.index(held_by.pop())
    other = servers.rasa_urls[1 - index]
    assert RestClient(other, servers.token).slots(sender)["triage_outcome"] == "self_care_routine"
    before = len(proxy.upstreams(SOCKET))

    servers.processes[index + 1].kill()  # SIGKILL: a crash
    servers.processes[index + 1].wait()

    # The widget reconnects on its own; nginx sends it to the server left.
    wait_until(
        lambda: urlsplit(other).netloc in socket_servers(proxy)[before:],
        60,
        "timed out waiting for the widget's socket on the other server",
    )
    click_reply(page, "Yes")
    wait_for_bot(page, "kneel")
    tracker = RestClient(other, servers.token).tracker(sender)
    said = [e["text"] for e in tracker["events"] if e["event"] == "user"]
    assert said[-1] == "/affirm", said  # the Yes button's payload
    assert "about 6 weeks ago" in said and "no, my neck is fine" in said, said
    assert tracker["slots"]["triage_outcome"] == "self_care_routine"
    # The transcript the person sees is all there.
    texts = page.locator(".rw-response").all_inner_texts()
    assert any("Question 1 of 5" in text for text in texts)
    assert any("kneel" in text for text in texts)
    assert third_party(browser.urls) == []
