"""Links in the chat: which channel gets which (web chat, REST, Slack with and
without PUBLIC_URL), pictures before each coached step, the calendar and
summary links, and the web chat's signal after "forget me"."""

import re

import pytest

from actions.action_coach import ActionCoach
from actions.action_forget_me import FORGOTTEN_PAYLOAD, ActionForgetMe
from actions.action_give_routine import ActionGiveRoutine
from actions.action_triage_outcome import ActionTriageOutcome
from keepsakes.links import (
    base_url_problem,
    conversation_links,
    link_text,
    maker_from_env,
    retention_days,
)
from keepsakes.pictures import picture_for
from privacy.link_tokens import CALENDAR, PICTURE, SUMMARY, LinkTarget, LinkTokens

SECRET = "s3cret-for-the-link-tests-0123456789abcdef"
RASA = "http://127.0.0.1:5005"
PUBLIC = "https://triage.example.org"
STARTED = 1764601234.5
TOKEN = r"([A-Za-z0-9_-]{100,})"


@pytest.fixture
def links_on(monkeypatch):
    monkeypatch.setenv("LINK_SECRET", SECRET)
    monkeypatch.setenv("LINK_BASE_URL", RASA)
    monkeypatch.delenv("PUBLIC_URL", raising=False)
    return monkeypatch


def on_channel(tracker, channel, slots, intent=None):
    t = tracker(slots, intent=intent)
    t.sender_id = "person-77"
    t.events[0].update({"input_channel": channel, "timestamp": STARTED})
    return t


def read(url, kind):
    token = re.search(f"/{kind}/{TOKEN}", url).group(1)
    return LinkTokens(SECRET, 30).read(token, kind)


@pytest.mark.parametrize(
    "channel, text",
    [
        ("socketio", "[Label](http://x/a)"),
        ("slack", "<http://x/a|Label>"),
        ("rest", "Label: http://x/a"),
        (None, "Label: http://x/a"),
    ],
)
def test_each_channel_gets_links_in_its_own_form(channel, text):
    assert link_text(channel, "Label", "http://x/a") == text


@pytest.mark.parametrize(
    "env, base",
    [
        ({}, None),
        ({"LINK_BASE_URL": RASA}, None),
        ({"LINK_SECRET": "short", "LINK_BASE_URL": RASA}, None),
        ({"LINK_SECRET": SECRET, "LINK_BASE_URL": RASA}, RASA),
        ({"LINK_SECRET": SECRET, "LINK_BASE_URL": RASA, "PUBLIC_URL": PUBLIC + "/"}, PUBLIC),
        ({"LINK_SECRET": SECRET, "PUBLIC_URL": "triage.example.org"}, None),
    ],
)
def test_links_need_a_long_secret_and_an_address(env, base):
    maker = maker_from_env(env)
    assert (maker.base_url if maker else None) == base


@pytest.mark.parametrize(
    "url, ok",
    [
        ("https://triage.example.org", True),
        ("http://127.0.0.1:5005", True),
        ("ftp://x", False),
        ("https://", False),
        ("https://x/?a=1", False),
        ("", False),
    ],
)
def test_the_public_address_must_be_http_or_https(url, ok):
    assert (base_url_problem(url) is None) == ok


@pytest.mark.parametrize(
    "value, days", [(None, 30.0), ("", 30.0), ("7", 7.0), ("x", 30.0), ("-1", 30.0)]
)
def test_retention_days(value, days):
    assert retention_days({} if value is None else {"RETENTION_DAYS": value}) == days


def test_slack_gets_links_only_with_a_public_address():
    env = {"LINK_SECRET": SECRET, "LINK_BASE_URL": RASA}
    assert conversation_links(env, "slack", "U1", STARTED) is None
    assert conversation_links(env, "rest", "U1", None) is None, "nothing to bind the links to"
    slack = conversation_links({**env, "PUBLIC_URL": PUBLIC}, "slack", "U1", STARTED)
    picture = slack.picture_message("standing_at_wall", 3)
    assert picture["image"].startswith(PUBLIC + "/webhooks/links/picture/")
    assert picture["image"].endswith("/standing_at_wall-3.png"), "Slack can't show SVG"
    assert picture["alt"] == picture_for("standing_at_wall", 3).alt
    assert slack.summary_text().startswith(f"<{PUBLIC}/webhooks/links/summary/")
    assert slack.picture_message("standing_at_wall", 8) is None


def test_every_url_names_its_conversation_only_inside_the_token():
    links = conversation_links(
        {"LINK_SECRET": SECRET, "LINK_BASE_URL": RASA}, "rest", "person-77", STARTED
    )
    for text, kind in (
        (links.summary_text(), SUMMARY),
        (links.calendar_text(), CALENDAR),
        (links.picture_message("kneeling_with_roller", 1)["image"], PICTURE),
    ):
        assert "person-77" not in text
        assert read(text, kind) == LinkTarget(kind, "person-77", STARTED)


async def test_the_routine_comes_with_calendar_summary_and_the_first_picture(
    links_on, tracker, dispatcher, domain
):
    slots = {"triage_outcome": "self_care_routine", "can_kneel": True, "has_foam_roller": True}
    await ActionGiveRoutine().run(dispatcher, on_channel(tracker, "socketio", slots), domain)
    messages = dispatcher.messages
    calendar = next(m["text"] for m in messages if "calendar" in (m["text"] or ""))
    assert re.fullmatch(
        rf"\[Add these sessions and the check-in to your calendar\]\({RASA}/webhooks/links/"
        rf"calendar/{TOKEN}/plan\.ics\) \(\.ics file\)",
        calendar,
    )
    assert any((m["text"] or "").startswith("[Open a printable summary") for m in messages)
    picture, step = messages[-2], messages[-1]
    assert picture["image"].endswith("/kneeling_with_roller-1.svg") and picture["text"] is None
    assert picture["alt"] == picture_for("kneeling_with_roller", 1).alt
    assert "Step 1 of 7" in step["text"] and step["buttons"], (
        "the buttons come last, after the picture"
    )


async def test_slack_without_a_public_address_gets_text_only(links_on, tracker, dispatcher, domain):
    slots = {"triage_outcome": "self_care_routine"}
    await ActionGiveRoutine().run(dispatcher, on_channel(tracker, "slack", slots), domain)
    assert not any(m.get("image") for m in dispatcher.messages)
    assert not any("http" in (m["text"] or "") for m in dispatcher.messages)


@pytest.mark.parametrize(
    "intent, step, picture",
    [
        ("next_step", 2, "kneeling_with_roller-3.svg"),
        ("previous_step", 2, "kneeling_with_roller-1.svg"),
        ("repeat_step", 2, "kneeling_with_roller-2.svg"),
        ("show_all_steps", 2, None),
        ("exercise_hurts", 2, None),
        ("next_step", 7, None),
    ],
)
async def test_each_coached_step_comes_with_its_picture(
    links_on, tracker, dispatcher, domain, intent, step, picture
):
    slots = {"routine_variant": "kneeling_with_roller", "coach_step": float(step)}
    await ActionCoach().run(dispatcher, on_channel(tracker, "rest", slots, intent), domain)
    images = [m["image"] for m in dispatcher.messages if m.get("image")]
    if picture is None:
        assert images == []
    else:
        assert len(images) == 1 and images[0].endswith("/" + picture)
        assert dispatcher.messages[0].get("image") and dispatcher.messages[-1]["buttons"]


@pytest.mark.parametrize(
    "flags, link", [(["chest_pain"], True), (["fever_or_chills"], True), ([], False)]
)
async def test_urgent_outcomes_end_with_the_summary_link(
    links_on, tracker, dispatcher, domain, flags, link
):
    slots = {
        "knot_location": "mid_back",
        "red_flags": flags,
        "neck_pain": False,
        "nerve_symptoms": False,
        "tried_stretching_massage": True,
    }
    await ActionTriageOutcome().run(dispatcher, on_channel(tracker, "rest", slots), domain)
    last = dispatcher.messages[-1]["text"] or ""
    assert last.startswith("Open a printable summary to keep or show a clinician: http") == link


@pytest.mark.parametrize("channel, payload", [("socketio", True), ("rest", False)])
async def test_forget_me_tells_the_web_page_to_clear_its_copy(
    tracker, dispatcher, domain, channel, payload
):
    await ActionForgetMe().run(
        dispatcher, on_channel(tracker, channel, {"forget_confirmed": True}), domain
    )
    assert (dispatcher.messages[-1].get("custom") == FORGOTTEN_PAYLOAD) == payload
    assert dispatcher.messages[0]["response"] == "utter_forgotten"
