"""The web page in a real browser (Debian's chromium driven by Playwright).

Completes a self-care triage with buttons (mouse and keyboard) and typing, an
emergency from a red flag typed mid-way, reloads and carries on in the same
conversation, and checks that the page asks no other host for anything and never
renders typed text as HTML. Screenshots go to tests/artifacts/ (git-ignored).
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

pytestmark = [pytest.mark.web, pytest.mark.e2e]
playwright_api = pytest.importorskip("playwright.sync_api")
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
# No update checks, sync, component downloads or other traffic of the browser's own.
CHROMIUM_ARGS = [
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-domain-reliability", "--no-first-run",
    "--no-default-browser-check", "--metrics-recording-only", "--no-pings",
    "--no-sandbox",
]


@pytest.fixture(scope="module")
def page_url(tmp_path_factory):
    assert shutil.which(CHROMIUM) or Path(CHROMIUM).exists(), "chromium is missing: run `make system` (as root)"
    assert WIDGET.exists(), "rasa-webchat is missing: run `make web`"
    web_port = free_port()
    origins = f"http://127.0.0.1:{web_port}"
    with running(free_port(), free_port(), workdir=tmp_path_factory.mktemp("web"),
                 env={"WEB_ORIGINS": origins}) as servers:
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
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = chromium.new_context(viewport={"width": 1280, "height": 760})
        page = context.new_page()
        recorded = Browser(page)
        context.on("request", lambda request: recorded.urls.append(request.url))
        page.on("websocket", lambda socket: recorded.urls.append(socket.url))
        page.on("dialog", lambda dialog: (recorded.dialogs.append(dialog.message), dialog.dismiss()))
        yield recorded
        chromium.close()


def third_party(urls):
    """The URLs that are neither loopback nor local to the browser."""
    outside = []
    for url in urls:
        parsed = urlparse(url)
        if parsed.scheme in ("data", "blob", "file", "about"):
            continue
        if parsed.scheme in ("http", "https", "ws", "wss") and parsed.hostname in LOOPBACK_HOSTS:
            continue
        outside.append(url)
    return outside


def shot(page, name):
    page.screenshot(path=str(ARTIFACTS / name))


def wait_for_bot(page, text, timeout=30000):
    try:
        page.locator(".rw-response", has_text=text).last.wait_for(timeout=timeout)
    except Exception:
        shot(page, "webchat-failure.png")
        raise


def wait_until_quiet(page):
    """Until the widget has shown every queued bot message."""
    page.locator(".rw-typing-indication").wait_for(state="detached", timeout=30000)
    page.wait_for_timeout(500)


def reply_button(page, title):
    return page.locator(".rw-reply").filter(has_text=re.compile(f"^{re.escape(title)}$")).last


def click_reply(page, title):
    reply_button(page, title).click()


def active(page, script):
    return page.evaluate(f"() => {{ const e = document.activeElement; return {script}; }}")


def key_reply(page, title):
    """Choose a quick reply with the keyboard alone: Tab to it, press Enter."""
    reply_button(page, title).wait_for()
    for _ in range(40):
        page.keyboard.press("Tab")
        if active(page, "e.matches('.rw-reply') && e.textContent.trim()") == title:
            assert active(page, "e.getAttribute('role')") == "button"
            assert active(page, "getComputedStyle(e).outlineStyle") != "none", "focus is visible"
            page.keyboard.press("Enter")
            return
    raise AssertionError(f"the quick reply {title!r} can't be reached with Tab")


def send(page, text):
    page.locator(".rw-new-message").fill(text)
    page.keyboard.press("Enter")


def session_id(page):
    stored = page.evaluate("() => window.localStorage.getItem('chat_session')")
    return json.loads(stored)["session_id"]


def open_chat(page, url):
    """Open the chat with the keyboard: Tab to the launcher, press Enter."""
    page.goto(url)
    page.locator(".rw-launcher").wait_for(timeout=30000)  # shown once the socket is connected
    for _ in range(10):
        page.keyboard.press("Tab")
        if active(page, "e.matches('.rw-launcher')"):
            break
    else:
        raise AssertionError("the chat launcher can't be reached with Tab")
    assert active(page, "e.getAttribute('aria-label')") == "Open the chat"
    assert active(page, "getComputedStyle(e).outlineWidth") == "3px", "focus is visible"
    page.keyboard.press("Enter")
    wait_for_bot(page, "Question 1 of 5")
    assert page.get_by_label("Your answer").is_visible()
    assert page.get_by_label("Close the chat").count() >= 1


def test_self_care_with_buttons_and_typing_then_reload(page_url, browser):
    url, client = page_url
    page = browser.page
    open_chat(page, url)
    notice = page.locator("main .notice")
    assert notice.is_visible() and "not a diagnosis" in notice.inner_text()
    assert "emergency number" in notice.inner_text()
    click_reply(page, "Between my shoulder blades")
    wait_for_bot(page, "Question 2 of 5")
    key_reply(page, "None of these")
    wait_for_bot(page, "Question 3 of 5")
    send(page, "no, my neck is fine")
    wait_for_bot(page, "Question 4 of 5")
    click_reply(page, "No")
    wait_for_bot(page, "Question 5 of 5")
    send(page, "yes, stretching and massage")
    wait_for_bot(page, "Roughly when did the knot start")
    send(page, "about 6 weeks ago")
    wait_for_bot(page, "Do you have a foam roller")
    wait_until_quiet(page)
    assert page.locator(".rw-response.level-self-care").count() >= 1
    shot(page, "webchat-self-care.png")
    key_reply(page, "Yes")
    wait_for_bot(page, "kneel")
    click_reply(page, "Yes")
    wait_for_bot(page, "Step 1 of 7")
    sender = session_id(page)
    assert client.slots(sender)["triage_outcome"] == "self_care_routine"

    page.reload()
    page.locator(".rw-launcher").wait_for(timeout=15000)
    page.wait_for_timeout(1000)
    if not page.locator(".rw-new-message").is_visible():
        page.locator(".rw-launcher").click()
    wait_for_bot(page, "Step 1 of 7")
    assert any("SELF-CARE" in text for text in page.locator(".rw-response").all_inner_texts())
    assert session_id(page) == sender
    # The same conversation goes on after the reload (Rasa's session persistence).
    click_reply(page, "Next")
    wait_for_bot(page, "Step 2 of 7")
    wait_until_quiet(page)
    shot(page, "webchat-after-reload.png")
    user_texts = [e.get("text") for e in client.tracker(sender)["events"] if e["event"] == "user"]
    assert len(user_texts) >= 9, user_texts
    assert third_party(browser.urls) == []
    assert browser.urls, "requests were recorded"


def test_red_flag_typed_mid_way_escalates(page_url, browser):
    url, client = page_url
    page = browser.page
    open_chat(page, url)
    send(page, "between my shoulder blades")
    wait_for_bot(page, "Question 2 of 5")
    click_reply(page, "None of these")
    wait_for_bot(page, "Question 3 of 5")
    send(page, "I also have crushing chest pain")
    wait_for_bot(page, "EMERGENCY")
    emergency = page.locator(".rw-response.level-emergency")
    emergency.first.wait_for(timeout=5000)  # the page marks levels just after rendering
    assert "rgb(180, 35, 24)" in emergency.first.evaluate("e => getComputedStyle(e).backgroundColor")
    wait_until_quiet(page)
    emergency.first.scroll_into_view_if_needed()
    shot(page, "webchat-emergency.png")
    assert client.slots(session_id(page))["triage_outcome"] == "emergency"
    assert third_party(browser.urls) == []


def test_levels_are_visibly_distinct(page_url, browser):
    url, _ = page_url
    page = browser.page
    open_chat(page, url)
    page.evaluate("""() => {
        const log = document.querySelector('.rw-messages-container');
        for (const text of ['🚨 EMERGENCY: x', '⚠️ URGENT: x', '🩺 SEE A PROFESSIONAL: x', '✅ SELF-CARE: x']) {
            const message = document.createElement('div');
            message.className = 'rw-response';
            message.textContent = text;
            log.appendChild(message);
        }
    }""")
    for level in ("emergency", "urgent", "professional", "self-care"):
        page.locator(f".rw-response.level-{level}").first.wait_for(timeout=5000)
    colours = {level: page.locator(f".rw-response.level-{level}").first.evaluate(
        "e => getComputedStyle(e).backgroundColor + ' ' + getComputedStyle(e).borderColor")
        for level in ("emergency", "urgent", "professional", "self-care")}
    assert len(set(colours.values())) == 4, colours
    assert third_party(browser.urls) == []


def test_level_icons_render_as_colour_glyphs(page_url, browser):
    """The headline icons are drawn by a colour emoji font, not as empty boxes."""
    url, _ = page_url
    page = browser.page
    page.goto(url)
    coloured = page.evaluate("""() => ['🚨', '⚠️', '🩺', '✅'].map(icon => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 64;
        const context = canvas.getContext('2d');
        context.font = '48px sans-serif';
        context.fillStyle = '#000';
        context.fillText(icon, 4, 52);
        const pixels = context.getImageData(0, 0, 64, 64).data;
        let count = 0;
        for (let i = 0; i < pixels.length; i += 4) {
            const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
            if (a > 128 && Math.max(r, g, b) - Math.min(r, g, b) > 60) count++;
        }
        return count;
    })""")
    assert all(count > 50 for count in coloured), coloured


def test_typed_html_is_shown_as_text(page_url, browser):
    url, _ = page_url
    page = browser.page
    open_chat(page, url)
    send(page, "<b>bold</b><img src=x onerror=alert(1)>")
    page.locator(".rw-client", has_text="<b>bold</b>").wait_for(timeout=15000)
    wait_until_quiet(page)
    assert page.locator(".rw-messages-container img").count() == 0
    assert page.locator(".rw-messages-container b").count() == 0
    assert browser.dialogs == []
    assert third_party(browser.urls) == []


def test_third_party_check_itself():
    assert third_party(["http://127.0.0.1:8080/", "ws://127.0.0.1:5005/socket.io/", "data:,x",
                        "http://localhost:1/a"]) == []
    assert third_party(["https://fonts.googleapis.com/css?family=Inter"]) != []
    assert third_party(["http://127.0.0.1.example.com/"]) != []
