"""What the assistant asks, how it asks again, and why it asks.

One entry per question: the question itself, a clearer follow-up for when the
person is not sure, the reason it matters (for "why do you ask?") and the
quick-reply buttons.
"""

from typing import Dict, List, NamedTuple, Sequence, Tuple

from triage import red_flags
from triage.contract import (
    CAN_KNEEL,
    EMERGENCY,
    FORGET_CONFIRMED,
    HAS_FOAM_ROLLER,
    KNOT_LOCATION,
    KNOT_SINCE,
    NECK_PAIN,
    NERVE_SYMPTOMS,
    RED_FLAGS,
    ROUTINE_PROGRESS,
    ROUTINE_STARTED_ON,
    TRIED_STRETCHING_MASSAGE,
    URGENT_CARE,
)


class Question(NamedTuple):
    text: str
    follow_up: str
    why: str
    buttons: Tuple[Tuple[str, str], ...]


YES_NO_BUTTONS = (("Yes", "/affirm"), ("No", "/deny"), ("Not sure", "/unsure"))


def _bullets(items: Sequence[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


_RED_FLAG_SCREEN = "Do you have any of these along with the knot?\n" + _bullets(
    red_flags.screened_signs(EMERGENCY) + red_flags.screened_signs(URGENT_CARE)
)

QUESTIONS: Dict[str, Question] = {
    KNOT_LOCATION: Question(
        text="Where exactly is the knot?",
        follow_up=(
            "No problem. Put a hand on the sore spot: is it between or around your "
            "shoulder blades (mid-back), lower down near your waist (lower back), in "
            "your neck, on top of your shoulder, or somewhere else?"
        ),
        why=(
            "The home routine I can coach only suits a knot in the middle of the "
            "back, between or around the shoulder blades. Elsewhere, someone should "
            "take a look first."
        ),
        buttons=(
            ("Between my shoulder blades", '/inform{"knot_location": "mid_back"}'),
            ("Lower back", '/inform{"knot_location": "lower_back"}'),
            ("Neck", '/inform{"knot_location": "neck"}'),
            ("Shoulder", '/inform{"knot_location": "shoulder"}'),
            ("Somewhere else", '/inform{"knot_location": "other"}'),
        ),
    ),
    RED_FLAGS: Question(
        text=_RED_FLAG_SCREEN,
        follow_up=(
            "Let's make sure. Which of those signs do you have? Name it in your own "
            'words (for example "fever" or "my chest feels tight"), or say '
            '"none" if you have none of them.'
        ),
        why=(
            "These signs can mean the pain is not coming from a muscle at all, and "
            "some need care today or right now. I always check them before "
            "suggesting anything at home."
        ),
        buttons=(("None of these", "/deny"), ("Yes, one or more", "/affirm")),
    ),
    NECK_PAIN: Question(
        text="Does your neck hurt, or is it stiff or sore?",
        follow_up=(
            "Let me put it another way: when you turn your head or look down, do you "
            "feel pain or stiffness in your neck?"
        ),
        why=(
            "A sore mid-back can come from the neck. If it does, work on the mid-back "
            "won't fix it, and a professional should check the neck."
        ),
        buttons=YES_NO_BUTTONS,
    ),
    NERVE_SYMPTOMS: Question(
        text=(
            "Do you get numbness, tingling, pins and needles, weakness, or shooting "
            "or burning pain in your arms or hands?"
        ),
        follow_up=(
            "Think of the last few days: have your fingers or hands felt numb or "
            "tingly, has your grip felt weak, or has a sharp or burning pain run "
            "down an arm?"
        ),
        why=(
            "Those feelings can mean a nerve is irritated. That needs a "
            "professional's assessment rather than exercises at home."
        ),
        buttons=YES_NO_BUTTONS,
    ),
    TRIED_STRETCHING_MASSAGE: Question(
        text="Have you already tried stretching or massage for the knot?",
        follow_up=(
            "For example stretches, yoga, a massage, a massage gun or rolling on a "
            "ball: have you tried any of those on this knot?"
        ),
        why=(
            "It changes my advice: a knot that keeps coming back after stretching "
            "or massage often needs strength, not more loosening."
        ),
        buttons=YES_NO_BUTTONS,
    ),
    CAN_KNEEL: Question(
        text="Can you kneel on the floor comfortably for a few minutes?",
        follow_up="If you kneel on a folded towel for a minute or two, is that okay for your knees?",
        why="The routine is done kneeling; if that hurts, I'll give you a standing version.",
        buttons=YES_NO_BUTTONS,
    ),
    KNOT_SINCE: Question(
        text='Roughly when did the knot start? A date or something like "about 6 weeks ago" is fine.',
        follow_up='Sorry, I couldn\'t use that. When did you first notice the knot? For example "3 October" or "two months ago".',
        why="How long it has been there helps you and anyone you see judge whether it is getting better.",
        buttons=(),
    ),
    ROUTINE_STARTED_ON: Question(
        text='When did you start the routine? A date or something like "3 weeks ago" is fine.',
        follow_up='Sorry, I couldn\'t use that. When did you do the routine for the first time? For example "3 November" or "two weeks ago".',
        why="Change usually takes 3-4 weeks, so the start date tells me whether it's too early to judge.",
        buttons=(),
    ),
    ROUTINE_PROGRESS: Question(
        text="Compared with when you started, is the knot better, about the same, or worse?",
        follow_up="Think of how it felt before your first session: is it better now, about the same, or worse?",
        why="If it's getting worse, or no better after 4 weeks, the routine isn't the right fix and someone should take a look.",
        buttons=(
            ("Better", '/report_progress{"routine_progress": "better"}'),
            ("About the same", '/report_progress{"routine_progress": "same"}'),
            ("Worse", '/report_progress{"routine_progress": "worse"}'),
        ),
    ),
    FORGET_CONFIRMED: Question(
        text=(
            "I can delete this whole conversation, including your answers, from my "
            "records. That can't be undone. Delete it?"
        ),
        follow_up="Shall I delete everything from this conversation? Yes or no.",
        why="Deleting can't be undone, so I check first.",
        buttons=(("Yes, delete it", "/affirm"), ("No, keep it", "/deny")),
    ),
    HAS_FOAM_ROLLER: Question(
        text="Do you have a foam roller?",
        follow_up="A foam roller is a firm foam cylinder used for exercise. Do you have one at home?",
        why="The routine uses one; without it, I'll give you a version on the floor.",
        buttons=(("Yes", "/affirm"), ("No", "/deny")),
    ),
}


def progress(position: int, total: int) -> str:
    """'Question 2 of 5' style label."""
    return f"Question {position} of {total}"


def buttons_for(slot: str) -> List[Dict[str, str]]:
    """Rasa button dicts for a question."""
    return [{"title": title, "payload": payload} for title, payload in QUESTIONS[slot].buttons]
