"""Driving the web chat page in chromium: waiting for the bot, choosing quick
replies with the mouse or the keyboard, typing, and reading the stored session."""

import json
import re
from urllib.parse import urlparse

from launcher.servers import ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
CHROMIUM = "/usr/bin/chromium"
# No update checks, sync, component downloads or other traffic of the browser's own.
CHROMIUM_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--no-first-run",
    "--no-default-browser-check",
    "--metrics-recording-only",
    "--no-pings",
    "--no-sandbox",
]


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


def answer_on_to_planning(page):
    """From question 3 on, the answers of a self-care case, up to the foam roller question."""
    wait_for_bot(page, "Question 3 of 5")
    send(page, "no, my neck is fine")
    wait_for_bot(page, "Question 4 of 5")
    click_reply(page, "No")
    wait_for_bot(page, "Question 5 of 5")
    send(page, "yes, stretching and massage")
    wait_for_bot(page, "Roughly when did the knot start")
    send(page, "about 6 weeks ago")
    wait_for_bot(page, "Do you have a foam roller")
