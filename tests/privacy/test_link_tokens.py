"""Link tokens: a round trip, and every way a token must fail (wrong, changed,
expired, another kind, malformed); nothing readable in the token itself."""

import base64

import pytest

from privacy.link_tokens import (
    CALENDAR,
    MAX_TOKEN_CHARS,
    PICTURE,
    SUMMARY,
    LinkTarget,
    LinkTokens,
    secret_problem,
)

SECRET = "a-test-secret-that-is-long-enough-0123456789"
DAY = 86400
TARGET = LinkTarget(SUMMARY, "e2e-person-42", 1764601234.567891)


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def tokens(clock=None, days=30, secret=SECRET) -> LinkTokens:
    return LinkTokens(secret, days, clock or Clock())


def test_round_trip_gives_back_the_target_exactly():
    made = tokens()
    token = made.issue(TARGET)
    assert made.read(token, SUMMARY) == TARGET
    assert "=" not in token and all(c.isalnum() or c in "-_" for c in token), "URL-safe"


def test_two_tokens_for_the_same_target_differ_and_both_work():
    made = tokens()
    first, second = made.issue(TARGET), made.issue(TARGET)
    assert first != second
    assert made.read(first, SUMMARY) == made.read(second, SUMMARY) == TARGET


def test_the_token_shows_neither_the_sender_id_nor_anything_else_readable():
    token = tokens().issue(TARGET)
    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    assert b"e2e-person-42" not in raw and b"summary" not in raw
    assert "e2e-person-42" not in token


@pytest.mark.parametrize(
    "token",
    [
        "",
        "x",
        "not-a-token",
        "gAAAAAB" + "A" * 80,
        "é" * 20,
        "a" * (MAX_TOKEN_CHARS + 1),
        "%00",
    ],
)
def test_malformed_or_made_up_tokens_are_refused(token):
    assert tokens().read(token, SUMMARY) is None


def test_stray_characters_in_a_real_token_are_refused():
    token = tokens().issue(TARGET)
    assert tokens().read(token[:20] + "." + token[20:], SUMMARY) is None
    assert tokens().read(token + "==", SUMMARY) is None


def test_a_token_made_with_another_secret_is_refused():
    other = tokens(secret="another-secret-that-is-long-enough-9876543210").issue(TARGET)
    assert tokens().read(other, SUMMARY) is None


@pytest.mark.parametrize("position", [0, 10, 40, 80, -1])
def test_a_changed_character_anywhere_is_refused(position):
    token = tokens().issue(TARGET)
    index = position % len(token)
    changed = token[:index] + ("B" if token[index] != "B" else "C") + token[index + 1 :]
    assert changed != token
    assert tokens().read(changed, SUMMARY) is None


def test_a_token_for_one_kind_opens_no_other():
    made = tokens()
    picture = made.issue(LinkTarget(PICTURE, "someone", 1.5))
    assert made.read(picture, PICTURE) == LinkTarget(PICTURE, "someone", 1.5)
    assert made.read(picture, SUMMARY) is None and made.read(picture, CALENDAR) is None


def test_a_token_expires_after_the_retention_period():
    clock = Clock()
    made = tokens(clock, days=30)
    token = made.issue(TARGET)
    clock.now += 30 * DAY - 1
    assert made.read(token, SUMMARY) == TARGET
    clock.now += 2
    assert made.read(token, SUMMARY) is None


def test_a_token_from_the_future_is_refused():
    clock = Clock()
    token = tokens(clock).issue(TARGET)
    clock.now -= 3600  # issued an hour "later" than now: a forged or broken clock
    assert tokens(clock).read(token, SUMMARY) is None


@pytest.mark.parametrize(
    "secret, problem",
    [
        (None, "LINK_SECRET is not set"),
        ("", "LINK_SECRET is not set"),
        ("short", "at least 32 characters"),
        ("x" * 32, None),
    ],
)
def test_the_secret_must_be_set_and_long(secret, problem):
    found = secret_problem(secret)
    assert (found is None) if problem is None else problem in found
    if problem:
        with pytest.raises(ValueError):
            LinkTokens(secret, 30)
