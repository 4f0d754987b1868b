"""The running assistant and web page, and a chromium page that records every URL
it asks for, shared by the browser tests (Debian's chromium driven by Playwright)."""

import shutil
from pathlib import Path

import pytest
from chat_page import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS
from rest_client import RestClient

from launcher.servers import free_port, running
from launcher.web import WIDGET, serving


@pytest.fixture(scope="package")
def page_url(tmp_path_factory):
    assert shutil.which(CHROMIUM) or Path(CHROMIUM).exists(), (
        "chromium is missing: run `make system` (as root)"
    )
    assert WIDGET.exists(), "rasa-webchat is missing: run `make web`"
    web_port = free_port()
    origins = f"http://127.0.0.1:{web_port}"
    with running(
        free_port(),
        free_port(),
        workdir=tmp_path_factory.mktemp("web"),
        env={"WEB_ORIGINS": origins},
    ) as servers:
        with serving(web_port, servers.rasa_url) as url:
            yield url, RestClient(servers.rasa_url, servers.token)


class Browser:
    """One chromium page, with every URL it asked for and every dialog it opened."""

    def __init__(self, page):
        self.page = page
        self.urls = []
        self.dialogs = []


@pytest.fixture
def browser(page_url):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = chromium.new_context(viewport={"width": 1280, "height": 760})
        page = context.new_page()
        recorded = Browser(page)
        context.on("request", lambda request: recorded.urls.append(request.url))
        page.on("websocket", lambda socket: recorded.urls.append(socket.url))
        page.on(
            "dialog", lambda dialog: (recorded.dialogs.append(dialog.message), dialog.dismiss())
        )
        yield recorded
        chromium.close()
