"""The links a person can keep: the printable summary, the plan as a calendar
file and the routine's pictures, all served by the Rasa server's own `links`
channel (channels/links.py) under /webhooks/links/.

Plain Python. The base of every link is PUBLIC_URL when set, else
LINK_BASE_URL (the Rasa server's own address, which the launcher passes on).
Slack fetches pictures from its own servers and its people open links from
anywhere, so Slack gets links only with PUBLIC_URL; Slack can't show SVG, so
it gets the PNG copy of each picture. A picture's address names the step
(`kneeling_with_roller-3.svg`), so the web page can give it that step's alt text.
"""

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict, Iterator, Mapping, Optional, Tuple
from urllib.parse import urlsplit

from keepsakes.pictures import Picture, picture_for
from privacy.link_tokens import CALENDAR, PICTURE, SUMMARY, LinkTarget, LinkTokens, secret_problem
from privacy.retention import link_days
from triage.contract import LINKS_CHANNEL, SLACK_CHANNEL, WEB_CHAT_CHANNEL
from triage.routine import VARIANTS

CHANNEL_NAME = LINKS_CHANNEL
ROUTE_PREFIX = f"/webhooks/{CHANNEL_NAME}"
CALENDAR_FILE = "plan.ics"
DEFAULT_RETENTION_DAYS = 30.0
SUMMARY_LABEL = "Open a printable summary to keep or show a clinician"
CALENDAR_LABEL = "Add these sessions and the check-in to your calendar"
WEB_CHAT, SLACK = WEB_CHAT_CHANNEL, SLACK_CHANNEL


def png_name(svg_name: str) -> str:
    """The PNG copy of a picture (web/pictures/png/), for Slack."""
    return svg_name.rsplit(".", 1)[0] + ".png"


def step_pictures() -> Iterator[Tuple[str, Picture]]:
    """Every step's picture, by the name its address ends with (without extension)."""
    for name, variant in VARIANTS.items():
        for step in range(1, len(variant.steps) + 1):
            yield f"{name}-{step}", picture_for(name, step)


def base_url_problem(url: str) -> Optional[str]:
    """Why `url` can't be the base of the links, or None if it can."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{url!r} is not an http(s) address such as https://triage.example.org"
    if parts.query or parts.fragment:
        return f"{url!r} must not have a query or fragment"
    return None


def retention_days(env: Mapping[str, str]) -> float:
    """RETENTION_DAYS (default 30): how long a conversation is kept after its latest
    event; links last as long as a conversation can be kept (privacy/retention.py)."""
    try:
        days = float(env.get("RETENTION_DAYS") or DEFAULT_RETENTION_DAYS)
    except ValueError:
        return DEFAULT_RETENTION_DAYS
    return days if days > 0 else DEFAULT_RETENTION_DAYS


def link_text(channel: Optional[str], label: str, url: str) -> str:
    """A link as the channel shows one: Markdown in the web chat, Slack's own
    form in Slack, the plain address elsewhere (REST)."""
    if channel == WEB_CHAT:
        return f"[{label}]({url})"
    if channel == SLACK:
        return f"<{url}|{label}>"
    return f"{label}: {url}"


@dataclass(frozen=True)
class LinkMaker:
    """Makes the links of every conversation, from one secret and one base URL."""

    tokens: LinkTokens
    base_url: str
    public: bool  # the base is PUBLIC_URL

    def url(self, target: LinkTarget, tail: str = "") -> str:
        path = f"{ROUTE_PREFIX}/{target.kind}/{self.tokens.issue(target)}"
        return self.base_url + path + (f"/{tail}" if tail else "")


@lru_cache(maxsize=4)
def _maker(secret: str, base: str, public: bool, days: float) -> LinkMaker:
    return LinkMaker(LinkTokens(secret, link_days(days)), base.rstrip("/"), public)


def links_base(env: Mapping[str, str]) -> str:
    """Where the links point: PUBLIC_URL, else the Rasa server (LINK_BASE_URL)."""
    return env.get("PUBLIC_URL") or env.get("LINK_BASE_URL") or ""


def maker_from_env(env: Mapping[str, str]) -> Optional[LinkMaker]:
    """The link maker the environment configures; None when links are off."""
    base = links_base(env)
    secret = env.get("LINK_SECRET") or ""
    if secret_problem(secret) or base_url_problem(base):
        return None
    return _maker(secret, base, bool(env.get("PUBLIC_URL")), retention_days(env))


@dataclass(frozen=True)
class ConversationLinks:
    """The links of one conversation, worded for the channel it is on."""

    maker: LinkMaker
    channel: Optional[str]
    conversation: str
    event_time: float

    def _url(self, kind: str, tail: str = "") -> str:
        return self.maker.url(LinkTarget(kind, self.conversation, self.event_time), tail)

    def summary_text(self) -> str:
        return link_text(self.channel, SUMMARY_LABEL, self._url(SUMMARY))

    def calendar_text(self) -> str:
        return (
            link_text(self.channel, CALENDAR_LABEL, self._url(CALENDAR, CALENDAR_FILE))
            + " (.ics file)"
        )

    def picture_message(self, variant_name: str, step: int) -> Optional[Dict[str, Any]]:
        """The step's picture as an image message (`dispatcher.utter_message(**...)`),
        with its alt text; None for a step without one."""
        picture = picture_for(variant_name, step)
        if picture is None:
            return None
        name = f"{variant_name}-{step}." + ("png" if self.channel == SLACK else "svg")
        return {"image": self._url(PICTURE, name), "alt": picture.alt}


def conversation_links(
    env: Mapping[str, str], channel: Optional[str], conversation: str, event_time: Optional[float]
) -> Optional[ConversationLinks]:
    """The conversation's links, or None where none can be sent: links off,
    no event time to bind them to, or Slack without PUBLIC_URL."""
    maker = maker_from_env(env)
    if maker is None or event_time is None or (channel == SLACK and not maker.public):
        return None
    return ConversationLinks(maker, channel, conversation, event_time)
