"""The scapular-stabilisation routine: forearm foam-roller slides with arm lifts.

The approach follows chiropractor Dr. Katie Clare, DC; the wording is ours.
Three variants share the same idea: kneeling with a roller, standing with the
roller against a wall, and lying face down without a roller.
"""

from typing import NamedTuple, Optional, Tuple

from triage.emergency import CALL_EMERGENCY

KNEELING = "kneeling_with_roller"
STANDING = "standing_at_wall"
FLOOR = "face_down_no_roller"

ATTRIBUTION = (
    "This approach comes from chiropractor Dr. Katie Clare, DC, as described in a "
    "consumer-health interview."
)

DOSE = (
    "Do 30 repetitions, 3-4 times a week. Sticking with it matters more than "
    "pushing hard: expect a change in how it feels or moves after about 3-4 weeks."
)

WHEN_TO_STOP = (
    "Stop and see a physiotherapist, chiropractor or doctor if the exercise causes "
    "sharp pain, if numbness, tingling or weakness appears in your arms or hands, if "
    "your neck starts to hurt, or if nothing has improved after 3-4 weeks. If you "
    f"ever get chest pain, shortness of breath or pain spreading to your jaw or arm, "
    f"{CALL_EMERGENCY}."
)


class Variant(NamedTuple):
    name: str
    title: str
    equipment: str
    steps: Tuple[str, ...]


_LIFT_AND_RETURN = (
    "At full reach, lift one forearm 1-2 inches (2-5 cm) using the muscles of your "
    "mid-back and the back of your shoulder blade. Keep your neck relaxed and your "
    "shoulders down, away from your ears.",
    "Lower that arm, then lift the other one the same way.",
)

VARIANTS = {
    KNEELING: Variant(
        KNEELING,
        "Kneeling forearm slides on a foam roller",
        "A foam roller (a high-density one about 18 inches / 45 cm long is the most "
        "versatile, but any roller will do).",
        (
            "Kneel on the floor.",
            "Place the foam roller across the floor in front of you, side to side.",
            "Rest both forearms on it with your palms open and facing each other, "
            "thumbs pointing to the ceiling.",
            "Press gently into the roller and roll your arms forward, away from you. "
            "Keep your back flat, your head in line with your spine and your eyes on "
            "the floor: only your arms move.",
            *_LIFT_AND_RETURN,
            "Keep the gentle pressure on and use your mid-back muscles to roll back "
            "to where you started.",
        ),
    ),
    STANDING: Variant(
        STANDING,
        "Standing forearm slides on a foam roller against a wall",
        "A foam roller held against a wall.",
        (
            "Stand facing a wall, about a forearm's length away.",
            "Hold the foam roller against the wall, side to side, at chest height.",
            "Rest both forearms on it with your palms open and facing each other, "
            "thumbs pointing back towards you.",
            "Press gently into the roller and roll it up the wall. Keep your back "
            "straight and your head in line with your spine: only your arms move.",
            *_LIFT_AND_RETURN,
            "Keep the gentle pressure on and use your mid-back muscles to roll back "
            "down to where you started.",
        ),
    ),
    FLOOR: Variant(
        FLOOR,
        "Face-down hand slides on the floor (no roller needed)",
        "Nothing but a bit of floor space (a mat or towel helps).",
        (
            "Lie face down on the floor, forehead resting on a folded towel.",
            "Place your hands on the floor in front of your head, palms down.",
            "Slide your hands forward along the floor, away from you. Keep your head "
            "in line with your spine: only your arms move.",
            "At full reach, lift one hand and forearm 1-2 inches (2-5 cm) off the "
            "floor using the muscles of your mid-back and the back of your shoulder "
            "blade. Keep your neck relaxed and your shoulders away from your ears.",
            "Lower that arm, then lift the other one the same way.",
            "Use your mid-back muscles to slide your hands back to where you started.",
        ),
    ),
}


def choose_variant(can_kneel: Optional[bool], has_roller: Optional[bool]) -> Variant:
    """The variant that fits: no roller means the floor version; sore knees, the wall."""
    if has_roller is False:
        return VARIANTS[FLOOR]
    if can_kneel is False:
        return VARIANTS[STANDING]
    return VARIANTS[KNEELING]


def numbered_steps(variant: Variant) -> str:
    """The variant's steps as a numbered list."""
    return "\n".join(f"{n}. {step}" for n, step in enumerate(variant.steps, start=1))


def why_strengthening(tried_stretching_massage: Optional[bool]) -> str:
    """Why the routine builds strength, worded for what the person already tried."""
    if tried_stretching_massage:
        opening = (
            "You've already tried stretching or massage. When a knot keeps coming "
            "back despite that, the area often lacks strength and stability, so your "
            "body tightens the muscles to protect it. Loosening it again and again "
            "can keep that cycle going."
        )
    else:
        opening = (
            "Stretching and massage can feel good for a while, but a knot in the "
            "mid-back often comes from the area lacking strength and stability, so "
            "your body tightens the muscles to protect it."
        )
    return (
        f"{opening} Building strength in your mid-back (the muscles that steady your "
        "shoulder blades, your rotator cuff and the mobility of your upper spine) "
        "gives your body less reason to guard. Long hours in one posture, repeated "
        "movements and old injuries often play a part. " + ATTRIBUTION
    )
