"""Read and validate the evaluation case files.

A case file is a YAML mapping with one key, `cases`, holding a list of cases.
Any mistake stops the run with a `CaseError` naming the file and the case id,
so a typo never silently changes what is measured.
"""

import glob
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

import yaml

LEVELS = ("emergency", "urgent_care", "see_professional", "self_care_routine")
STYLES = (
    "lay_terms",
    "long_post",
    "typos",
    "story",
    "past_or_other",
    "correction",
    "follow_up",
    "unclear",
    "plain",
)
LOCATIONS = ("mid_back", "lower_back", "neck", "shoulder", "other")
RED_FLAG_IDS = (
    "chest_pain",
    "shortness_of_breath",
    "pain_to_jaw_or_arm",
    "sweating_or_nausea",
    "bladder_bowel_control",
    "leg_weakness_or_numbness",
    "major_injury",
    "fever_or_chills",
    "weight_loss",
    "cancer_history",
    "night_or_rest_pain",
    "feeling_unwell",
)
CASE_KEYS = ("id", "style", "note", "messages", "facts", "answers", "after_outcome", "expected")
REQUIRED_CASE_KEYS = ("id", "style", "messages", "facts", "expected")
BOOL_FACTS = (
    "neck_pain",
    "nerve_symptoms",
    "tried_stretching_massage",
    "has_foam_roller",
    "can_kneel",
)
REQUIRED_FACTS = (
    "knot_location",
    "red_flags",
    "neck_pain",
    "nerve_symptoms",
    "tried_stretching_massage",
)
# Facts only the routine questions need; a case may leave them out.
FACT_DEFAULTS: Dict[str, Any] = {
    "has_foam_roller": True,
    "can_kneel": True,
    "knot_since": "a few weeks ago",
}
FACT_KEYS = REQUIRED_FACTS + tuple(FACT_DEFAULTS)
MAX_MESSAGES = 3


class CaseError(ValueError):
    """A case file is wrong; the message names the file and the case."""


@dataclass(frozen=True)
class Case:
    """One scripted person and the level they should be given."""

    id: str
    style: str
    messages: List[str]
    facts: Dict[str, Any]
    expected: str
    note: str = ""
    answers: Dict[str, List[str]] = field(default_factory=dict)
    after_outcome: List[str] = field(default_factory=list)
    source: str = ""


def _texts(
    value: Any, what: str, fail, minimum: int = 0, maximum: Optional[int] = None
) -> List[str]:
    """`value` as a list of non-empty strings, or fail saying what is wrong."""
    if not isinstance(value, list) or not all(
        isinstance(text, str) and text.strip() for text in value
    ):
        fail(f"{what} must be a list of non-empty strings")
    if len(value) < minimum:
        fail(f"{what} needs at least {minimum} entr{'y' if minimum == 1 else 'ies'}")
    if maximum is not None and len(value) > maximum:
        fail(f"{what} has {len(value)} entries; at most {maximum}")
    return list(value)


def _facts(value: Any, fail) -> Dict[str, Any]:
    """The validated facts, with defaults for the routine-only ones."""
    if not isinstance(value, dict):
        fail("facts must be a mapping")
    unknown = sorted(set(value) - set(FACT_KEYS))
    if unknown:
        fail(f"unknown key(s) in facts: {', '.join(unknown)} (allowed: {', '.join(FACT_KEYS)})")
    missing = [key for key in REQUIRED_FACTS if key not in value]
    if missing:
        fail(f"facts is missing {', '.join(missing)}")
    facts = {**FACT_DEFAULTS, **value}
    if facts["knot_location"] not in LOCATIONS:
        fail(f"facts.knot_location {facts['knot_location']!r} is not one of {', '.join(LOCATIONS)}")
    flags = facts["red_flags"]
    if not isinstance(flags, list):
        fail("facts.red_flags must be a list (use [] for none)")
    bad = [flag for flag in flags if flag not in RED_FLAG_IDS]
    if bad:
        fail(f"unknown red flag(s) in facts.red_flags: {', '.join(map(str, bad))}")
    for key in BOOL_FACTS:
        if not isinstance(facts[key], bool):
            fail(f"facts.{key} must be true or false, not {facts[key]!r}")
    if not isinstance(facts["knot_since"], str) or not facts["knot_since"].strip():
        fail("facts.knot_since must be a non-empty string")
    return facts


def _answers(value: Any, fail) -> Dict[str, List[str]]:
    if not isinstance(value, dict):
        fail("answers must be a mapping of slot name to a list of replies")
    return {
        str(slot): _texts(replies, f"answers.{slot}", fail, minimum=1)
        for slot, replies in value.items()
    }


def parse_case(raw: Any, source: str, index: int) -> Case:
    """One validated case from its YAML mapping; `index` names it if it has no id."""
    case_id = raw.get("id") if isinstance(raw, dict) else None
    label = f"case {case_id!r}" if isinstance(case_id, str) and case_id else f"case #{index + 1}"

    def fail(problem: str):
        raise CaseError(f"{source}: {label}: {problem}")

    if not isinstance(raw, dict):
        fail("must be a mapping")
    unknown = sorted(set(raw) - set(CASE_KEYS))
    if unknown:
        fail(f"unknown key(s): {', '.join(map(str, unknown))} (allowed: {', '.join(CASE_KEYS)})")
    missing = [key for key in REQUIRED_CASE_KEYS if key not in raw]
    if missing:
        fail(f"missing {', '.join(missing)}")
    if not isinstance(case_id, str) or not case_id.strip():
        fail("id must be a non-empty string")
    if raw["style"] not in STYLES:
        fail(f"style {raw['style']!r} is not one of {', '.join(STYLES)}")
    if raw["expected"] not in LEVELS:
        fail(f"expected level {raw['expected']!r} is not one of {', '.join(LEVELS)}")
    note = raw.get("note") or ""
    if not isinstance(note, str):
        fail("note must be a string")
    return Case(
        id=case_id,
        style=raw["style"],
        messages=_texts(raw["messages"], "messages", fail, minimum=1, maximum=MAX_MESSAGES),
        facts=_facts(raw["facts"], fail),
        expected=raw["expected"],
        note=note,
        answers=_answers(raw.get("answers") or {}, fail),
        after_outcome=_texts(raw.get("after_outcome") or [], "after_outcome", fail),
        source=source,
    )


def parse_file(text: str, source: str) -> List[Case]:
    """The cases of one file's text; `source` names the file in errors."""
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise CaseError(f"{source}: not valid YAML: {error}") from None
    if not isinstance(document, dict) or set(document) != {"cases"}:
        raise CaseError(f"{source}: must be a mapping with the single key `cases`")
    if not isinstance(document["cases"], list):
        raise CaseError(f"{source}: `cases` must be a list")
    return [parse_case(raw, source, index) for index, raw in enumerate(document["cases"])]


def check_unique(cases: Iterable[Case]) -> None:
    """Fail on an id used twice, naming both places."""
    seen: Dict[str, Case] = {}
    for case in cases:
        if case.id in seen:
            raise CaseError(
                f"{case.source}: case {case.id!r}: duplicate id (also in {seen[case.id].source})"
            )
        seen[case.id] = case


def load_cases(pattern: str, root: Optional[Path] = None) -> List[Case]:
    """Every case of the files matching `pattern` (relative to `root`), sorted by id."""
    base = Path(root) if root is not None else Path.cwd()
    full = pattern if Path(pattern).is_absolute() else str(base / pattern)
    cases: List[Case] = []
    for name in sorted(glob.glob(full)):
        path = Path(name)
        cases += parse_file(path.read_text(encoding="utf-8"), _shown(path, base))
    check_unique(cases)
    return sorted(cases, key=lambda case: case.id)


def select(cases: List[Case], ids: Optional[Iterable[str]] = None, every: int = 1) -> List[Case]:
    """The cases named in `ids` (all when None), then every `every`-th of those."""
    if every < 1:
        raise ValueError("every must be at least 1")
    chosen = cases
    if ids is not None:
        wanted = [i for i in ids if i]
        known = {case.id for case in cases}
        unknown = [i for i in wanted if i not in known]
        if unknown:
            raise CaseError(f"no case with id {', '.join(unknown)}")
        chosen = [case for case in cases if case.id in set(wanted)]
    return chosen[::every]


def _shown(path: Path, base: Path) -> str:
    try:
        return str(path.resolve().relative_to(base.resolve()))
    except ValueError:
        return str(path)
