"""What the person keeps, in a real browser: every coached step shows its picture
(loaded, with its alt text), the calendar file downloads, the summary page shows
the tracker's answers and prints on one A4 page, "forget me" clears the
browser's copy, and "New conversation" starts a new session. Screenshots for
the README go to tests/artifacts/ (coached-step.png, summary-page.png)."""

import json
import re
from datetime import date
from html.parser import HTMLParser

import pytest
from chat_page import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    active,
    click_reply,
    open_chat,
    send,
    session_id,
    third_party,
    wait_for_bot,
)
from waiting import wait_until

from keepsakes.pictures import picture_for
from keepsakes.summary_page import summary_page
from triage.conversation_record import ConversationRecord, Moment
from triage.dates import spoken
from triage.outcome_messages import PLACES
from triage.routine import KNEELING, VARIANTS

pytestmark = [pytest.mark.web, pytest.mark.e2e]
pytest.importorskip("playwright.sync_api")
YES_NO = {True: "yes", False: "no"}


def to_step_one(page):
    click_reply(page, "Between my shoulder blades")
    wait_for_bot(page, "Question 2 of 5")
    click_reply(page, "None of these")
    wait_for_bot(page, "Question 3 of 5")
    click_reply(page, "No")
    wait_for_bot(page, "Question 4 of 5")
    click_reply(page, "No")
    wait_for_bot(page, "Question 5 of 5")
    click_reply(page, "Yes")
    wait_for_bot(page, "Roughly when did the knot start")
    send(page, "about 6 weeks ago")
    wait_for_bot(page, "Do you have a foam roller")
    click_reply(page, "Yes")
    wait_for_bot(page, "kneel")
    click_reply(page, "Yes")
    wait_for_bot(page, "Step 1 of 7")


def picture(page, number):
    """The `number`th picture in the chat, once it has loaded (its facts as a dict)."""
    image = page.locator("img.rw-image-frame").nth(number - 1)
    image.wait_for(timeout=30000)
    image.scroll_into_view_if_needed()
    page.wait_for_function(
        "e => e.complete && e.naturalWidth > 0 && e.hasAttribute('alt')",
        arg=image.element_handle(),
        timeout=15000,
    )
    box = image.bounding_box()
    return {
        "src": image.get_attribute("src"),
        "alt": image.get_attribute("alt"),
        "natural": image.evaluate("e => e.naturalWidth"),
        "width": box["width"],
        "height": box["height"],
    }


def link(page, label):
    return page.locator(".rw-response a", has_text=label).last.get_attribute("href")


class Rows(HTMLParser):
    """The answers table of the summary page: question -> answer."""

    def __init__(self, html):
        super().__init__()
        self.rows, self._cells, self._text = {}, [], None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag in ("th", "td"):
            self._text = ""

    def handle_endtag(self, tag):
        if tag in ("th", "td"):
            self._cells.append(self._text)
            self._text = None
        if tag == "tr":
            question, answer = self._cells
            self.rows[question] = answer
            self._cells = []

    def handle_data(self, data):
        if self._text is not None:
            self._text += data


def pdf_pages(pdf: bytes) -> int:
    """The number of pages of a PDF: its /Type /Page objects (not /Pages)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_coached_steps_show_their_pictures_and_the_summary_prints_on_one_page(page_url, browser):
    url, client = page_url
    page = browser.page
    open_chat(page, url)
    to_step_one(page)
    sender = session_id(page)
    steps = len(VARIANTS[KNEELING].steps)
    for step in range(1, steps + 1):
        shown = picture(page, step)
        expected = picture_for(KNEELING, step)
        assert shown["src"].endswith(f"/{KNEELING}-{step}.svg")
        assert shown["alt"] == expected.alt
        assert shown["natural"] == 320 and shown["width"] > 100 and shown["height"] > 50
        if step == 4:
            page.locator(
                ".rw-response", has_text=f"Step {step} of {steps}"
            ).last.scroll_into_view_if_needed()
            page.locator(".rw-conversation-container").screenshot(
                path=str(ARTIFACTS / "coached-step.png")
            )
        if step < steps:
            click_reply(page, "Next")
            wait_for_bot(page, f"Step {step + 1} of {steps}")
    assert page.locator("img.rw-image-frame").count() == steps

    calendar = link(page, "Add these sessions and the check-in to your calendar")
    summary = link(page, "Open a printable summary")
    for address in [calendar, summary] + [picture(page, n)["src"] for n in range(1, steps + 1)]:
        assert sender not in address, "no session id in any URL"
    download = page.request.get(calendar)
    assert download.ok and download.headers["content-type"].startswith("text/calendar")
    assert b"BEGIN:VCALENDAR" in download.body()

    slots = client.slots(sender)
    assert slots["red_flags"] == []
    sheet = page.context.new_page()
    sheet.set_viewport_size({"width": 820, "height": 1160})
    sheet.goto(summary)
    rows = Rows(sheet.content()).rows
    onset = date.fromisoformat(slots["knot_since"])
    assert rows == {
        "Where exactly is the knot?": PLACES[slots["knot_location"]],
        "Do you have any of these along with the knot?": "none reported",
        "Does your neck hurt, or is it stiff or sore?": YES_NO[slots["neck_pain"]],
        "Do you get numbness, tingling, pins and needles, weakness, or shooting or burning "
        "pain in your arms or hands?": YES_NO[slots["nerve_symptoms"]],
        "Have you already tried stretching or massage for the knot?": YES_NO[
            slots["tried_stretching_massage"]
        ],
        "Roughly when did the knot start?": f"{spoken(onset)} {onset.year} (about 6 weeks ago)",
        "Do you have a foam roller?": YES_NO[slots["has_foam_roller"]],
        "Can you kneel on the floor comfortably for a few minutes?": YES_NO[slots["can_kneel"]],
    }
    assert "Kneeling forearm slides on a foam roller" in sheet.inner_text("body")
    sheet.screenshot(path=str(ARTIFACTS / "summary-page.png"), full_page=True)
    assert pdf_pages(sheet.pdf(format="A4", print_background=True)) == 1
    assert third_party(browser.urls) == []


def stored_session(page):
    return page.evaluate("() => window.localStorage.getItem('chat_session')")


def start_a_check(page, url):
    """Open the chat, tell it about the knot; the session id."""
    open_chat(page, url)
    send(page, "there's a knot between my shoulder blades")
    wait_for_bot(page, "Question 2 of 5")
    return session_id(page)


def test_forget_me_also_clears_the_browser_copy(page_url, browser):
    url, client = page_url
    page = browser.page
    sender = start_a_check(page, url)
    page.wait_for_function(
        "() => (localStorage.getItem('chat_session') || '').includes('shoulder blades')"
    )
    send(page, "forget me")
    wait_for_bot(page, "can't be undone")
    click_reply(page, "Yes, delete it")
    page.locator("#page-status", has_text="the conversation is deleted").wait_for(timeout=30000)
    # The widget starts afresh: either nothing stored yet, or a new session with no transcript.
    page.wait_for_function(
        "old => { const s = localStorage.getItem('chat_session');"
        " return s === null || JSON.parse(s).session_id !== old; }",
        arg=sender,
        timeout=30000,
    )
    stored = stored_session(page)
    assert stored is None or (
        "shoulder blades" not in stored and json.loads(stored)["session_id"] != sender
    )
    wait_until(  # the store deletes as it saves the turn
        lambda: not [e for e in client.tracker(sender)["events"] if e["event"] == "user"],
        30,
        "the conversation is still stored",
    )
    open_chat(page, url)
    assert session_id(page) != sender


def test_new_conversation_starts_a_new_session(page_url, browser):
    url, client = page_url
    page = browser.page
    sender = start_a_check(page, url)
    button = page.get_by_role("button", name="New conversation")
    assert button.is_visible()
    for _ in range(20):  # keyboard only: Tab to it, press Enter
        page.keyboard.press("Shift+Tab")
        if active(page, "e.id") == "new-conversation":
            break
    else:
        raise AssertionError("New conversation can't be reached with the keyboard")
    assert active(page, "getComputedStyle(e).outlineWidth") == "3px", "focus is visible"
    page.keyboard.press("Enter")
    page.locator("#page-status", has_text="A new conversation has started").wait_for(timeout=30000)
    open_chat(page, url)
    assert session_id(page) != sender
    assert page.locator(".rw-client").count() == 0, "no old transcript"
    assert client.slots(sender)["knot_location"] == "mid_back", (
        "the old conversation is not deleted"
    )


LONGEST = {
    "urgent, unsure about the signs": {
        "knot_location": "shoulder",
        "red_flags": ["fever_or_chills", "weight_loss"],
        "neck_pain": True,
        "nerve_symptoms": True,
        "unsure_answers": ["red_flags", "nerve_symptoms"],
        "knot_since": "2026-09-01",
        "signs_checked": ["chest_pain"],
        "triage_outcome": "urgent_care",
        "triage_reasons": [
            "red_flag:fever_or_chills",
            "red_flag:weight_loss",
            "unsure:red_flags",
            "knot_not_mid_back",
            "neck_pain",
            "unsure:nerve_symptoms",
        ],
    },
    "self-care follow-up with every answer": {
        "knot_location": "mid_back",
        "red_flags": [],
        "neck_pain": False,
        "nerve_symptoms": False,
        "tried_stretching_massage": True,
        "knot_since": "2026-09-01",
        "has_foam_roller": False,
        "can_kneel": True,
        "routine_started_on": "2026-11-20",
        "routine_progress": "same",
        "routine_variant": "face_down_no_roller",
        "triage_outcome": "self_care_routine",
        "triage_reasons": ["routine_in_progress"],
    },
}


@pytest.mark.parametrize("slots", LONGEST.values(), ids=LONGEST.keys())
def test_the_longest_summaries_fit_one_a4_page_and_a_phone(slots):
    from playwright.sync_api import sync_playwright

    asked = frozenset(slots) | {"red_flags"}
    moment = Moment(1_795_000_000.0, "Europe/Berlin")
    html = summary_page(ConversationRecord(slots, asked, moment, moment))
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        phone = chromium.new_page(viewport={"width": 360, "height": 740})
        phone.set_content(html)
        assert phone.evaluate("document.scrollingElement.scrollWidth") <= 360, (
            "no sideways scrolling"
        )
        assert pdf_pages(phone.pdf(format="A4", print_background=True)) == 1
        chromium.close()
