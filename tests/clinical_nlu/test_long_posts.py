"""Long posts: every sentence is read, and a "no" or "maybe" stays in its own sentence."""

import pytest

from clinical_nlu.findings import MAX_CHARS, find_findings

LOC, SYM, RF, SELF, CUE = "knot_location", "symptom", "red_flag", "self_care_tried", "warning_cue"
EQUIP = "equipment"
P, A, U, PAST = "present", "absent", "uncertain", "past"


def _summary(text):
    return {(f.label, f.value, f.assertion) for f in find_findings(text)}


POSTS = [
    (
        "Hi there. I've had this knot between my shoulder blades for about two months. "
        "I sit at a desk all day and I'm not sure if it's posture. "
        "Over the last few weeks I've been struggling to catch my breath on the stairs.",
        {(LOC, "mid_back", P), (RF, "shortness_of_breath", P)},
    ),
    (
        "Hello! The knot is under my left shoulder blade. No numbness or tingling in my hands. "
        "My neck is fine. Lately though my jeans are hanging off me and I'm not even trying.",
        {
            (LOC, "mid_back", P),
            (SYM, "nerve_symptoms", A),
            (SYM, "neck_pain", A),
            (RF, "weight_loss", P),
        },
    ),
    (
        "I've got a knot in my upper back. Maybe it's from the gym. "
        "I had a fever last week but it's gone now. It aches most of the day. "
        "Honestly I can't tell when I need to wee anymore.",
        {(LOC, "mid_back", P), (RF, "fever_or_chills", A), (RF, "bladder_bowel_control", P)},
    ),
    (
        "Knot between my shoulder blades, been there ages. I don't have chest pain. "
        "I do yoga twice a week. My legs feel like jelly when I walk to work. Not sure what to do.",
        {
            (LOC, "mid_back", P),
            (RF, "chest_pain", A),
            (SELF, "stretching_massage", P),
            (RF, "leg_weakness_or_numbness", P),
        },
    ),
    (
        "I think it's just a muscle knot. My dad had cancer so I'm a bit worried. "
        "No fever. No weight loss that I know of. I had chemo in 2019 myself.",
        {(RF, "fever_or_chills", A), (CUE, "weight_loss", A), (RF, "cancer_history", P)},
    ),
    (
        "The knot is between my shoulder blades. No fever. No chest pain. I can breathe fine. "
        "But the ache goes up into my jaw sometimes.",
        {
            (LOC, "mid_back", P),
            (RF, "fever_or_chills", A),
            (RF, "chest_pain", A),
            (RF, "shortness_of_breath", A),
            (RF, "pain_to_jaw_or_arm", P),
        },
    ),
    (
        "Been getting a knot mid back. Not numb anywhere. Nothing scary. Just sore. "
        "Feel rotten in myself though, properly wiped out.",
        {(LOC, "mid_back", P), (SYM, "nerve_symptoms", A), (RF, "feeling_unwell", P)},
    ),
    (
        "Maybe it's my posture? I don't know. I've tried massage and a foam roller. "
        "My chest feels tight when I climb the stairs. It's like a band round it.",
        {
            (SELF, "stretching_massage", P),
            (EQUIP, "foam_roller", P),
            (RF, "chest_pain", P),
        },
    ),
    (
        "Not sure if this matters. Knot in my upper back for 3 weeks. "
        "I came off my bike last Tuesday. Since then it's been worse. "
        "What if it's something serious?",
        {(LOC, "mid_back", P), (RF, "major_injury", P)},
    ),
    (
        "hi\nknot between my shoulder blades\nno tingling\nno neck pain\ni keep losing my balance",
        {
            (LOC, "mid_back", P),
            (SYM, "nerve_symptoms", A),
            (SYM, "neck_pain", A),
            (RF, "leg_weakness_or_numbness", P),
        },
    ),
    (
        "My mum had a heart attack last year. My sister has cancer. "
        "I'm fine myself apart from the knot. My bladder's fine. "
        "I was sick this morning though.",
        {(RF, "bladder_bowel_control", A), (RF, "sweating_or_nausea", PAST)},
    ),
    (
        "I have a knot under my shoulder blade. I've been stretching every day. "
        "I don't have a foam roller. Kneeling is fine. It wakes me at 3am most nights. "
        "Should I be worried?",
        {
            (LOC, "mid_back", P),
            (SELF, "stretching_massage", P),
            (EQUIP, "foam_roller", A),
            ("kneeling_problem", "kneeling", A),
            (RF, "night_or_rest_pain", P),
        },
    ),
]


@pytest.mark.parametrize("text, expected", POSTS, ids=[t[:50] for t, _ in POSTS])
def test_every_sentence_of_a_long_post_is_read(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a negation in one sentence does not reach the next
        (
            "No chest pain. Numbness in my fingers.",
            {(RF, "chest_pain", A), (SYM, "nerve_symptoms", P)},
        ),
        ("I don't think so. My legs keep giving way.", {(RF, "leg_weakness_or_numbness", P)}),
        ("Not really. Night sweats, though.", {(RF, "fever_or_chills", P)}),
        # a hedge in one sentence does not reach the next, before or after
        ("Not sure. I've lost nearly a stone.", {(RF, "weight_loss", P)}),
        ("I've lost nearly a stone. Not sure why.", {(RF, "weight_loss", P)}),
        ("Maybe. I have chest pain.", {(RF, "chest_pain", P)}),
        # someone else's in one sentence, the user's in the next
        ("My dad had cancer. I had chemo too.", {(RF, "cancer_history", P)}),
        # the past in one sentence, the present in the next
        (
            "I had a fever last week. Now I'm burning up.",
            {(RF, "fever_or_chills", PAST), (RF, "fever_or_chills", P)},
        ),
    ],
)
def test_a_sentence_keeps_its_negation_hedge_and_tense(text, expected):
    assert _summary(text) == expected


def test_a_finding_near_the_end_of_a_long_message_is_read():
    filler = "I sit at my desk most of the day and it gets stiff by the evening. " * 60
    text = filler + "I can't tell when I need to go."
    assert len(text) < MAX_CHARS
    assert (RF, "bladder_bowel_control", P) in _summary(text)
