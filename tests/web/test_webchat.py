"""The web page in a real browser (Debian's chromium driven by Playwright).

Completes a self-care triage with buttons (mouse and keyboard) and typing, an
emergency from a red flag typed mid-way, reloads and carries on in the same
conversation, and checks that the page asks no other host for anything and never
renders typed text as HTML. Screenshots go to tests/artifacts/ (git-ignored).
"""

import pytest
from chat_page import (
    answer_on_to_planning,
    click_reply,
    key_reply,
    open_chat,
    send,
    session_id,
    shot,
    third_party,
    wait_for_bot,
    wait_until_quiet,
)

pytestmark = [pytest.mark.web, pytest.mark.e2e]
pytest.importorskip("playwright.sync_api")


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
    answer_on_to_planning(page)
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
    assert "rgb(180, 35, 24)" in emergency.first.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
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
        const headlines = ['🚨 EMERGENCY: x', '⚠️ URGENT: x', '🩺 SEE A PROFESSIONAL: x',
                           '✅ SELF-CARE: x'];
        for (const text of headlines) {
            const message = document.createElement('div');
            message.className = 'rw-response';
            message.textContent = text;
            log.appendChild(message);
        }
    }""")
    for level in ("emergency", "urgent", "professional", "self-care"):
        page.locator(f".rw-response.level-{level}").first.wait_for(timeout=5000)
    colours = {
        level: page.locator(f".rw-response.level-{level}").first.evaluate(
            "e => getComputedStyle(e).backgroundColor + ' ' + getComputedStyle(e).borderColor"
        )
        for level in ("emergency", "urgent", "professional", "self-care")
    }
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
    assert (
        third_party(
            [
                "http://127.0.0.1:8080/",
                "ws://127.0.0.1:5005/socket.io/",
                "data:,x",
                "http://localhost:1/a",
            ]
        )
        == []
    )
    assert third_party(["https://fonts.googleapis.com/css?family=Inter"]) != []
    assert third_party(["http://127.0.0.1.example.com/"]) != []
