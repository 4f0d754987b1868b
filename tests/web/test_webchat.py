"""The web page in a real browser (Debian's chromium driven by Playwright).

Completes a self-care triage with buttons and typing, an emergency from a red
flag typed mid-way, reloads and sees the history, and checks that the page asks
no other host for anything. Screenshots go to tests/artifacts/ (git-ignored).
"""

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

from cli.servers import ROOT, free_port, running
from cli.web import WIDGET, serving
from rest_client import RestClient

pytestmark = pytest.mark.web
playwright_api = pytest.importorskip("playwright.sync_api")
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def page_url(tmp_path_factory):
    assert shutil.which(CHROMIUM) or Path(CHROMIUM).exists(), "chromium is missing: apt-get install chromium"
    assert WIDGET.exists(), "rasa-webchat is missing: run `make web`"
    web_port = free_port()
    origins = f"http://127.0.0.1:{web_port}"
    with running(free_port(), free_port(), workdir=tmp_path_factory.mktemp("web"),
                 env={"WEB_ORIGINS": origins}) as servers:
        with serving(web_port, servers.rasa_url) as url:
            yield url, RestClient(servers.rasa_url, servers.token)


@pytest.fixture
def browser_page(page_url):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--disable-background-networking", "--no-sandbox"])
        page = browser.new_page()
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        yield page, requests
        browser.close()


def click_reply(page, title):
    page.locator(".rw-reply").filter(has_text=re.compile(f"^{re.escape(title)}$")).last.click()


def bot_texts(page):
    return [t.strip() for t in page.locator(".rw-response").all_inner_texts()]


def wait_for_bot(page, text, timeout=30000):
    try:
        page.locator(".rw-response", has_text=text).last.wait_for(timeout=timeout)
    except Exception:
        page.screenshot(path=str(ARTIFACTS / "webchat-failure.png"), full_page=True)
        raise


def send(page, text):
    page.locator(".rw-new-message").fill(text)
    page.keyboard.press("Enter")


def session_id(page):
    stored = page.evaluate("() => window.localStorage.getItem('chat_session')")
    return json.loads(stored)["session_id"]


def open_chat(page, url):
    page.goto(url)
    page.keyboard.press("Tab")  # the launcher is reachable with the keyboard
    launcher = page.locator(".rw-launcher")
    launcher.focus()
    page.keyboard.press("Enter")
    wait_for_bot(page, "Question 1 of 5")


def test_self_care_with_buttons_and_typing_then_reload(page_url, browser_page):
    url, client = page_url
    page, requests = browser_page
    open_chat(page, url)
    click_reply(page, "Between my shoulder blades")
    wait_for_bot(page, "Question 2 of 5")
    click_reply(page, "None of these")
    wait_for_bot(page, "Question 3 of 5")
    send(page, "no, my neck is fine")
    wait_for_bot(page, "Question 4 of 5")
    click_reply(page, "No")
    wait_for_bot(page, "Question 5 of 5")
    send(page, "yes, stretching and massage")
    wait_for_bot(page, "Roughly when did the knot start")
    send(page, "about 6 weeks ago")
    wait_for_bot(page, "Do you have a foam roller")
    click_reply(page, "Yes")
    wait_for_bot(page, "kneel")
    click_reply(page, "Yes")
    wait_for_bot(page, "Step 1 of 7")
    page.screenshot(path=str(ARTIFACTS / "webchat-self-care.png"), full_page=True)
    sender = session_id(page)
    assert client.slots(sender)["triage_outcome"] == "self_care_routine"
    assert page.locator(".rw-response.level-self-care").count() >= 1

    page.reload()
    page.locator(".rw-launcher").wait_for(timeout=15000)
    page.wait_for_timeout(1000)
    if not page.locator(".rw-new-message").is_visible():
        page.locator(".rw-launcher").click()
    wait_for_bot(page, "Step 1 of 7")
    assert any("SELF-CARE" in text for text in bot_texts(page))
    page.screenshot(path=str(ARTIFACTS / "webchat-after-reload.png"), full_page=True)
    assert session_id(page) == sender
    third_party = [r for r in requests if urlparse(r).hostname not in ("127.0.0.1", "localhost", None)
                   and not r.startswith("data:")]
    assert third_party == []


def test_red_flag_typed_mid_way_escalates(page_url, browser_page):
    url, client = page_url
    page, _ = browser_page
    open_chat(page, url)
    send(page, "between my shoulder blades")
    wait_for_bot(page, "Question 2 of 5")
    send(page, "no")
    wait_for_bot(page, "Question 3 of 5")
    send(page, "I also have crushing chest pain")
    wait_for_bot(page, "EMERGENCY")
    emergency = page.locator(".rw-response.level-emergency")
    emergency.first.wait_for(timeout=5000)  # the page marks levels just after rendering
    assert "rgb(180, 35, 24)" in emergency.first.evaluate("e => getComputedStyle(e).backgroundColor")
    page.screenshot(path=str(ARTIFACTS / "webchat-emergency.png"), full_page=True)
    assert client.slots(session_id(page))["triage_outcome"] == "emergency"


def test_typed_html_is_shown_as_text(page_url, browser_page):
    url, _ = page_url
    page, _ = browser_page
    open_chat(page, url)
    send(page, "<b>bold</b><img src=x onerror=alert(1)>")
    page.locator(".rw-client", has_text="<b>bold</b>").wait_for(timeout=15000)
    assert page.locator(".rw-client img").count() == 0
    assert page.locator(".rw-client b").count() == 0


def test_widget_bundle_has_no_remote_font_import():
    from cli.web import widget_without_remote_fonts

    assert b"fonts.googleapis" not in widget_without_remote_fonts(WIDGET.read_bytes())
