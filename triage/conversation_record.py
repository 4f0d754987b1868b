"""What a stored conversation says about its outcome, read from its events.

Plain Python over Rasa's serialised events (`event.as_dict()`): which questions
were put, when the latest outcome was given and when the routine was, each in
the person's time zone as the channel sent it. The printable summary and the
calendar file are built from this record, so they say what the chat said.
"""

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Dict, FrozenSet, List, Mapping, Optional, Sequence, Tuple

from keepsakes.calendar_file import resolve_zone
from triage.contract import REQUESTED_SLOT, ROUTINE_VARIANT, SELF_CARE_ROUTINE, TRIAGE_OUTCOME
from triage.plan import Plan, plan_from
from triage.routine import VARIANTS, Variant


@dataclass(frozen=True)
class Moment:
    """When something was said: a Unix time and the person's zone then (None: UTC)."""

    time: float
    zone: Optional[str]

    @property
    def zone_name(self) -> str:
        """The person's IANA zone, or UTC when the channel sent none (or no real one)."""
        return self.zone if resolve_zone(self.zone) is not timezone.utc else "UTC"

    def local(self) -> datetime:
        return datetime.fromtimestamp(self.time, resolve_zone(self.zone))

    @property
    def day(self) -> date:
        """The date in the person's zone, as the chat reckoned it."""
        return self.local().date()


@dataclass(frozen=True)
class ConversationRecord:
    slots: Mapping[str, Any]
    asked: FrozenSet[str]  # the questions put to the person (`requested_slot` values)
    outcome: Optional[Moment]  # the latest outcome
    routine: Optional[Moment]  # the routine given

    def routine_plan(self) -> Optional[Tuple[Variant, Plan]]:
        """The routine and its plan while the advice is self-care; else None."""
        variant = VARIANTS.get(str(self.slots.get(ROUTINE_VARIANT)))
        if (
            self.slots.get(TRIAGE_OUTCOME) != SELF_CARE_ROUTINE
            or variant is None
            or not self.routine
        ):
            return None
        return variant, plan_from(self.routine.day)


def _zone(event: Mapping[str, Any]) -> Optional[str]:
    metadata = event.get("metadata")
    zone = metadata.get("timezone") if isinstance(metadata, dict) else None
    return zone if isinstance(zone, str) else None


def record_from_events(
    events: Sequence[Mapping[str, Any]], slots: Mapping[str, Any]
) -> ConversationRecord:
    """The record of a conversation from its events and current slot values."""
    asked: List[str] = []
    latest: Dict[str, Moment] = {}
    zone: Optional[str] = None
    for event in events:
        kind = event.get("event")
        if kind == "user":
            zone = _zone(event)  # as the chat does: the zone of the latest message
        elif kind == "slot" and event.get("value") is not None:
            name = event.get("name")
            if name == REQUESTED_SLOT:
                asked.append(str(event["value"]))
            elif name in (TRIAGE_OUTCOME, ROUTINE_VARIANT):
                latest[name] = Moment(float(event.get("timestamp") or 0), zone)
    return ConversationRecord(
        dict(slots), frozenset(asked), latest.get(TRIAGE_OUTCOME), latest.get(ROUTINE_VARIANT)
    )
