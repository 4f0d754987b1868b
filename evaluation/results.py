"""What one evaluated conversation produced (the input of the figures)."""

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional


@dataclass
class CaseResult:
    """The record of one case's conversation.

    `first_level` is the outcome once the opening messages are sent and the
    first outcome is set; `final_level` is the outcome at the end (the same
    unless the case has `after_outcome` messages). None means no outcome.
    """

    id: str
    style: str
    expected: str
    sender: str = ""
    first_level: Optional[str] = None
    final_level: Optional[str] = None
    turns_to_first: Optional[int] = None
    user_turns: int = 0
    bot_texts: List[str] = field(default_factory=list)
    questions: List[str] = field(default_factory=list)
    transcript: List[Dict[str, Any]] = field(default_factory=list)
    errors: List[str] = field(default_factory=list)

    def transcript_text(self) -> str:
        """The conversation as `you> ...` / `bot> ...` lines; a reply chosen by the
        answer rules says which rule and what it answered."""
        lines = []
        for entry in self.transcript:
            speaker = "you" if entry["from"] == "user" else "bot"
            text = entry.get("text") or ""
            buttons = entry.get("buttons") or []
            if buttons:
                text += "  " + " ".join(f"[{b.get('title', '')}]" for b in buttons)
            if entry["from"] == "user" and entry.get("rule", "script") != "script":
                text += f"    (rule {entry['rule']}{_asked(entry.get('answering') or {})})"
            lines.append(f"{speaker}> {text}")
        lines += [f"error> {error}" for error in self.errors]
        return "\n".join(lines)


def _asked(answering: Dict[str, Any]) -> str:
    """`: red_flags` / `: checking chest_pain` for a transcript line."""
    if answering.get("checking_signs"):
        return ": checking " + ", ".join(map(str, answering["checking_signs"]))
    if answering.get("requested_slot"):
        return f": {answering['requested_slot']}"
    return ""
