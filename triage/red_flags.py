"""The red flags: warning signs that override the home routine.

One row per sign: its id (used in the `red_flags` slot and as
``red_flag:<id>`` in `triage_reasons`), the triage level it escalates to and
how the assistant names it back to the person.
"""

from typing import NamedTuple, Tuple

from triage.contract import (
    EMERGENCY,
    UNSPECIFIED_RED_FLAG,
    UNSPECIFIED_URGENT_SIGN,
    URGENT_CARE,
)


class RedFlag(NamedTuple):
    id: str
    level: str
    described_as: str


RED_FLAGS: Tuple[RedFlag, ...] = (
    RedFlag("chest_pain", EMERGENCY, "chest pain, pressure or tightness"),
    RedFlag("shortness_of_breath", EMERGENCY, "shortness of breath"),
    RedFlag("pain_to_jaw_or_arm", EMERGENCY, "pain spreading into your jaw or arm"),
    RedFlag("sweating_or_nausea", EMERGENCY, "sweating or nausea with the pain"),
    RedFlag("bladder_bowel_control", EMERGENCY, "trouble controlling your bladder or bowels"),
    RedFlag(
        "leg_weakness_or_numbness",
        EMERGENCY,
        "new weakness or numbness in your legs, or trouble walking",
    ),
    RedFlag("major_injury", EMERGENCY, "a major injury such as a crash or a bad fall"),
    RedFlag(UNSPECIFIED_RED_FLAG, EMERGENCY, "one of the warning signs I listed"),
    RedFlag("fever_or_chills", URGENT_CARE, "fever or chills"),
    RedFlag("weight_loss", URGENT_CARE, "weight loss you can't explain"),
    RedFlag("cancer_history", URGENT_CARE, "a history of cancer"),
    RedFlag(
        "night_or_rest_pain",
        URGENT_CARE,
        "constant pain that is worse at night or at rest",
    ),
    RedFlag("feeling_unwell", URGENT_CARE, "feeling generally unwell"),
    RedFlag(
        UNSPECIFIED_URGENT_SIGN, URGENT_CARE, "one of the signs I listed that need a doctor today"
    ),
)
# "One of those" flags, for a confirmed sign that was never named.
PLACEHOLDERS = (UNSPECIFIED_RED_FLAG, UNSPECIFIED_URGENT_SIGN)

BY_ID = {flag.id: flag for flag in RED_FLAGS}


def level_of(flag_id: str) -> str:
    """The level a red flag escalates to; an unknown id is treated as an emergency."""
    flag = BY_ID.get(flag_id)
    return flag.level if flag else EMERGENCY


def describe(flag_id: str) -> str:
    """How the assistant names a red flag in a sentence."""
    flag = BY_ID.get(flag_id)
    return flag.described_as if flag else flag_id.replace("_", " ")


def screened_signs(level: str) -> Tuple[str, ...]:
    """The descriptions asked about in the screen for one level."""
    return tuple(
        flag.described_as
        for flag in RED_FLAGS
        if flag.level == level and flag.id not in PLACEHOLDERS
    )
