"""The routine's pictures: which drawing goes with a step, and its alt text.

Plain Python. The drawings are the project's own SVGs in web/pictures/: one per
step of the kneeling routine (kneeling-1.svg ... kneeling-7.svg) and one for each
other variant (standing.svg, face-down.svg), whose steps all share it. The alt
text says the step in words, so it is the same information as the step itself for
someone who cannot see the picture; a drawing used by one step only has that
step's alt text as its <desc>.
"""

from pathlib import Path
from typing import Dict, NamedTuple, Optional, Tuple

from triage.routine import FLOOR, KNEELING, STANDING

PICTURES_DIR = Path(__file__).resolve().parent.parent / "web" / "pictures"


class Picture(NamedTuple):
    file: str  # a file name in PICTURES_DIR, e.g. "kneeling-3.svg"
    alt: str  # the step in words

    @property
    def path(self) -> Path:
        return PICTURES_DIR / self.file


STANDING_PICTURE = "standing.svg"
FACE_DOWN_PICTURE = "face-down.svg"

# The alt text of each step, in the order of triage.routine.VARIANTS[...].steps.
_ALT: Dict[str, Tuple[str, ...]] = {
    KNEELING: (
        "Kneeling upright on the floor, knees and shins resting on the floor, arms "
        "relaxed at the sides.",
        "Kneeling and leaning forward to set a foam roller down on the floor in front, "
        "lying side to side.",
        "Kneeling, both forearms resting on a foam roller laid across the floor, palms "
        "facing each other, thumbs up.",
        "Kneeling with a flat back, head in line with the spine and eyes on the floor, "
        "rolling the foam roller forward under both forearms until the arms reach out "
        "in front.",
        "At full reach on the foam roller, one forearm lifted 1-2 inches (2-5 cm) off "
        "it, neck relaxed and shoulders down.",
        "At full reach, the first forearm lowered back onto the foam roller and the "
        "other forearm lifted 1-2 inches (2-5 cm).",
        "Kneeling, pressing gently on the foam roller and rolling it back towards the "
        "knees to the starting position.",
    ),
    STANDING: (
        "Standing facing a wall, about a forearm's length away from it.",
        "Standing at the wall, holding a foam roller against it side to side at chest height.",
        "Standing at the wall, both forearms resting on the foam roller, palms open and "
        "facing each other, thumbs pointing back towards the body.",
        "Standing with a straight back, pressing gently and rolling the foam roller up "
        "the wall with both forearms, only the arms moving.",
        "Arms reaching up the wall on the foam roller, one forearm lifted 1-2 inches "
        "(2-5 cm) off it, neck relaxed and shoulders down.",
        "Arms reaching up the wall, the first forearm lowered back onto the foam roller "
        "and the other forearm lifted 1-2 inches (2-5 cm).",
        "Standing at the wall, pressing gently and rolling the foam roller back down to "
        "chest height.",
    ),
    FLOOR: (
        "Lying face down on the floor, forehead resting on a folded towel.",
        "Lying face down, hands on the floor in front of the head, palms down.",
        "Lying face down, sliding both hands forward along the floor, away from the "
        "head, only the arms moving.",
        "Lying face down at full reach, one hand and forearm lifted 1-2 inches (2-5 cm) "
        "off the floor, neck relaxed.",
        "Lying face down at full reach, the first hand lowered to the floor and the "
        "other hand and forearm lifted 1-2 inches (2-5 cm).",
        "Lying face down, sliding both hands back along the floor to in front of the head.",
    ),
}


def _file(variant_name: str, step: int) -> str:
    if variant_name == KNEELING:
        return f"kneeling-{step}.svg"
    return STANDING_PICTURE if variant_name == STANDING else FACE_DOWN_PICTURE


ALL_PICTURES: Tuple[str, ...] = tuple(
    [_file(KNEELING, step) for step in range(1, len(_ALT[KNEELING]) + 1)]
    + [STANDING_PICTURE, FACE_DOWN_PICTURE]
)


def picture_for(variant_name: str, step: int) -> Optional[Picture]:
    """The picture for step `step` (from 1) of a variant; None for an unknown
    variant or a step it does not have."""
    alts = _ALT.get(variant_name)
    if (
        alts is None
        or isinstance(step, bool)
        or not isinstance(step, int)
        or not 1 <= step <= len(alts)
    ):
        return None
    return Picture(_file(variant_name, step), alts[step - 1])
