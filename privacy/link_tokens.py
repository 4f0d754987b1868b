"""Link tokens: the only key to a person's summary, calendar file and pictures.

Plain Python on `cryptography`'s Fernet (AES-128-CBC with HMAC-SHA256, the
time of issue inside). A token names one kind of link and one conversation:
its sender id and the time of an event in it, so a conversation deleted and
begun again under the same sender id (Slack, REST) does not reopen old links.
All of that is encrypted: the URL carries no sender id and no answer, a
changed or made-up token fails the HMAC, and a token older than the
retention period is refused. The key comes from the server secret
LINK_SECRET (HKDF-SHA256), shared by the action server, which issues tokens,
and the Rasa server, which reads them.
"""

import base64
import json
import time
from dataclasses import dataclass
from typing import Callable, Optional

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SUMMARY, CALENDAR, PICTURE = "summary", "calendar", "picture"
KINDS = (SUMMARY, CALENDAR, PICTURE)
MIN_SECRET_CHARS = 32
MAX_TOKEN_CHARS = 1000
_KEY_INFO = b"midback-knot-triage link tokens v1"


@dataclass(frozen=True)
class LinkTarget:
    """What a token opens: one kind of link of one conversation."""

    kind: str
    conversation: str  # the sender id
    event_time: float  # the timestamp of an event of that conversation


def secret_problem(secret: Optional[str]) -> Optional[str]:
    """Why `secret` can't be LINK_SECRET, or None if it can."""
    if not secret:
        return "LINK_SECRET is not set"
    if len(secret) < MIN_SECRET_CHARS:
        return f"LINK_SECRET must be at least {MIN_SECRET_CHARS} characters"
    return None


class LinkTokens:
    """Issues and reads link tokens with one secret; `clock` is injectable for tests."""

    def __init__(
        self, secret: str, max_age_days: float, clock: Callable[[], float] = time.time
    ) -> None:
        problem = secret_problem(secret)
        if problem:
            raise ValueError(problem)
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_KEY_INFO).derive(
            secret.encode("utf-8")
        )
        self._fernet = Fernet(base64.urlsafe_b64encode(key))
        self._max_age = max(1, int(max_age_days * 86400))
        self._clock = clock

    def issue(self, target: LinkTarget) -> str:
        """A token for `target`, URL-safe (base64url without padding)."""
        payload = json.dumps(
            {"k": target.kind, "c": target.conversation, "t": target.event_time},
            separators=(",", ":"),
        ).encode("utf-8")
        return self._fernet.encrypt_at_time(payload, int(self._clock())).decode("ascii").rstrip("=")

    def read(self, token: str, kind: str) -> Optional[LinkTarget]:
        """The target of a valid, unexpired token of `kind`; None for anything else."""
        if not isinstance(token, str) or not 0 < len(token) <= MAX_TOKEN_CHARS:
            return None
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            # One spelling per token: base64 would let stray characters and the
            # unused bits of the last one through.
            if base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=") != token:
                return None
            payload = json.loads(
                self._fernet.decrypt_at_time(
                    base64.urlsafe_b64encode(raw), self._max_age, int(self._clock())
                )
            )
            target = LinkTarget(str(payload["k"]), str(payload["c"]), float(payload["t"]))
        except (InvalidToken, ValueError, TypeError, KeyError):  # binascii.Error is a ValueError
            return None
        return target if target.kind == kind else None
