"""Reading one message into slot values: a table of (message, question, state) -> slots."""

from datetime import date

import pytest

from triage.answers import Mention, Turn, mentions_from_entities, read_turn

NECK = Mention("symptom", "neck_pain")
NO_NECK = Mention("symptom", "neck_pain", "absent")
MAYBE_NECK = Mention("symptom", "neck_pain", "uncertain")
NERVE = Mention("symptom", "nerve_symptoms")
NO_NERVE = Mention("symptom", "nerve_symptoms", "absent")
MID = Mention("knot_location", "mid_back")
LOWER = Mention("knot_location", "lower_back")
ARM = Mention("knot_location", "other")
CHEST = Mention("red_flag", "chest_pain")
NO_CHEST = Mention("red_flag", "chest_pain", "absent")
MAYBE_FEVER = Mention("red_flag", "fever_or_chills", "uncertain")
STRETCHED = Mention("self_care_tried", "stretching_massage")
ROLLER = Mention("equipment", "foam_roller")
NO_ROLLER = Mention("equipment", "foam_roller", "absent")
BAD_KNEES = Mention("kneeling_problem", "kneeling")
FEVER = Mention("red_flag", "fever_or_chills")
PAST_FEVER = Mention("red_flag", "fever_or_chills", "past")
CHEST_CUE = Mention("warning_cue", "chest_pain")
NO_CHEST_CUE = Mention("warning_cue", "chest_pain", "absent")
TODAY = date(2026, 12, 1)
GROUPS_START = {
    "red_flags": None,
    "checking_signs": [
        "chest_pain",
        "shortness_of_breath",
        "pain_to_jaw_or_arm",
        "sweating_or_nausea",
    ],
    "unsure_about": "red_flags",
}


def turn(text, intent=None, *mentions):
    return Turn(text=text, intent=intent, mentions=mentions)


@pytest.mark.parametrize(
    "message, requested, current, expected",
    [
        # volunteered information fills its slots whatever is asked
        (
            turn("knot between my shoulder blades and my fingers tingle", "inform", MID, NERVE),
            None,
            {},
            {"knot_location": "mid_back", "nerve_symptoms": True},
        ),
        (
            turn(
                "there's a knot between my shoulder blades, stretching hasn't helped",
                "inform",
                MID,
                STRETCHED,
            ),
            None,
            {},
            {"knot_location": "mid_back", "tried_stretching_massage": True},
        ),
        (
            turn("no numbness or tingling", "inform", NO_NERVE, NO_NERVE),
            "neck_pain",
            {},
            {"nerve_symptoms": False},
        ),
        (
            turn("no neck pain but my fingers tingle", "inform", NO_NECK, NERVE),
            "nerve_symptoms",
            {},
            {"neck_pain": False, "nerve_symptoms": True},
        ),
        # a present mention wins over a negated one (caution)
        (
            turn("no numbness but some tingling", "inform", NO_NERVE, NERVE),
            None,
            {},
            {"nerve_symptoms": True},
        ),
        # bare answers answer the question being asked
        (turn("yes", "affirm"), "neck_pain", {}, {"neck_pain": True}),
        (turn("nope", "deny"), "neck_pain", {}, {"neck_pain": False}),
        (turn("yeah", None), "nerve_symptoms", {}, {"nerve_symptoms": True}),
        (turn("nah", None), "tried_stretching_massage", {}, {"tried_stretching_massage": False}),
        (
            turn("havent tried anything", "inform"),
            "tried_stretching_massage",
            {},
            {"tried_stretching_massage": False},
        ),
        (
            turn("not yet", "inform"),
            "tried_stretching_massage",
            {},
            {"tried_stretching_massage": False},
        ),
        (turn("dont have one", "inform"), "has_foam_roller", {}, {"has_foam_roller": False}),
        (turn("it is not", "inform"), "neck_pain", {}, {"neck_pain": False}),
        (turn("yes", "affirm"), None, {}, {}),
        # hedges count as yes
        (turn("a bit", "affirm"), "neck_pain", {}, {"neck_pain": True}),
        (turn("kind of, now and then", "inform"), "nerve_symptoms", {}, {"nerve_symptoms": True}),
        (turn("sometimes", None), "neck_pain", {}, {"neck_pain": True}),
        # "not sure": ask once more, then take the cautious answer
        (turn("not sure", "unsure"), "neck_pain", {}, {"neck_pain": "unsure"}),
        (turn("i dont know", "deny"), "neck_pain", {}, {"neck_pain": "unsure"}),
        (
            turn("still not sure", "unsure"),
            "neck_pain",
            {"unsure_about": "neck_pain"},
            {"neck_pain": True, "unsure_answers": ["neck_pain"]},
        ),
        (
            turn("no idea", "unsure"),
            "knot_location",
            {"unsure_about": "knot_location"},
            {"knot_location": "other", "unsure_answers": ["knot_location"]},
        ),
        (
            turn("maybe my neck hurts, not sure", "inform", MAYBE_NECK),
            "neck_pain",
            {},
            {"neck_pain": "unsure"},
        ),
        # ... and answers nothing else: a try at the question asked
        (
            turn("maybe my neck hurts", "inform", MAYBE_NECK),
            "nerve_symptoms",
            {},
            {"nerve_symptoms": "unsure"},
        ),
        # ...but a softened report of the symptom asked about is a yes (caution)
        (
            turn(
                "hmm maybe a bit of tingling in my fingers sometimes",
                "inform",
                Mention("symptom", "nerve_symptoms", "uncertain"),
            ),
            "nerve_symptoms",
            {},
            {"nerve_symptoms": True},
        ),
        (
            turn("maybe a little stiff, not sure", "inform", MAYBE_NECK),
            "neck_pain",
            {},
            {"neck_pain": "unsure"},
        ),
        # the red-flag screen
        (turn("no, none of those", "deny"), "red_flags", {}, {"red_flags": []}),
        (turn("no chest pain", "inform", NO_CHEST), "red_flags", {}, {"red_flags": []}),
        (
            turn("my chest feels tight", "inform", CHEST),
            "red_flags",
            {},
            {"red_flags": ["chest_pain"]},
        ),
        (turn("yes", "affirm"), "red_flags", {}, {"red_flags": "unsure"}),
        (
            turn("yes", "affirm"),
            "red_flags",
            {"unsure_about": "red_flags"},
            {"red_flags": ["unspecified"]},
        ),
        # a "yes" without a name, then no clear name: the signs as closed questions
        (turn("not sure", "unsure"), "red_flags", {"unsure_about": "red_flags"}, GROUPS_START),
        # a hedge is no answer to the screen: closed questions too
        (turn("only when I cough, it catches a bit", "affirm"), "red_flags", {}, GROUPS_START),
        # something new instead of an answer: the screen is asked again
        (turn("my fingers tingle", "inform", NERVE), "red_flags", {}, {"nerve_symptoms": True}),
        # "not sure", or nothing readable, the first time: the signs one group at a time
        (turn("not sure", "unsure"), "red_flags", {}, GROUPS_START),
        (turn("erm the usual?", "nlu_fallback"), "red_flags", {}, GROUPS_START),
        (turn("why do you ask?", "ask_why"), "red_flags", {}, {}),
        # red flags at any time, never forgotten; an unclear one is asked about
        (
            turn("I might have a fever", "inform", MAYBE_FEVER),
            "neck_pain",
            {},
            {"signs_to_check": ["fever_or_chills"]},
        ),
        (
            turn("my chest feels a bit funny", "inform", CHEST_CUE),
            "nerve_symptoms",
            {},
            {"signs_to_check": ["chest_pain"]},
        ),
        (
            turn("had a temperature last week", "inform", PAST_FEVER),
            "neck_pain",
            {},
            {"signs_to_check": ["fever_or_chills"]},
        ),
        (
            turn("my chest is fine", "inform", NO_CHEST_CUE),
            "neck_pain",
            {},
            {"neck_pain": "unsure"},
        ),
        # mentions that change nothing do not stop the count: no endless "didn't catch that"
        (
            turn("hmm, my neck moves fine, it's lower down", "inform", NO_NECK),
            "neck_pain",
            {"neck_pain": None},
            {"neck_pain": False},
        ),
        (
            turn("it's the same knot between my shoulder blades", "inform", MID),
            "neck_pain",
            {"knot_location": "mid_back"},
            {"knot_location": "mid_back", "neck_pain": "unsure"},
        ),
        # a denial does not settle a sign the same message makes unclear
        (
            turn(
                "no chest pain, but my chest feels weird",
                "inform",
                NO_CHEST,
                Mention("red_flag", "chest_pain", "uncertain"),
            ),
            "neck_pain",
            {},
            {"signs_to_check": ["chest_pain"]},
        ),
        (
            turn("I might have a fever", "inform", MAYBE_FEVER),
            None,
            {"red_flags": ["chest_pain"]},
            {},
        ),
        (
            turn("I might have a fever", "inform", MAYBE_FEVER),
            None,
            {"signs_checked": ["fever_or_chills"]},
            {},
        ),
        # a named sign replaces a "one of those" no more urgent than it, never a more urgent one
        (
            turn("it's a fever", "inform", FEVER),
            "red_flags",
            {"red_flags": ["unspecified_urgent"]},
            {"red_flags": ["fever_or_chills"]},
        ),
        (
            turn("I have a fever", "inform", FEVER),
            None,
            {"red_flags": ["unspecified"]},
            {"red_flags": ["unspecified", "fever_or_chills"]},
        ),
        (
            turn("and my chest hurts", "inform", CHEST),
            None,
            {"red_flags": ["fever_or_chills"]},
            {"red_flags": ["fever_or_chills", "chest_pain"]},
        ),
        (
            turn("no chest pain actually", "inform", NO_CHEST),
            None,
            {"red_flags": ["chest_pain"]},
            {},
        ),
        # corrections change the slot
        (
            turn("actually my neck does hurt", "inform", NECK),
            None,
            {"neck_pain": False},
            {"neck_pain": True},
        ),
        (
            turn("wait, no, my neck is fine", "inform", NO_NECK),
            None,
            {"neck_pain": True},
            {"neck_pain": False},
        ),
        (
            turn("sorry I meant lower back", "inform", LOWER),
            None,
            {"knot_location": "mid_back"},
            {"knot_location": "lower_back"},
        ),
        # a body part only names the knot's place with a word for the knot
        (
            turn("tingling down my arm", "inform", NERVE, ARM),
            "nerve_symptoms",
            {},
            {"nerve_symptoms": True},
        ),
        (turn("the knot is in my arm", "inform", ARM), None, {}, {"knot_location": "other"}),
        (turn("my arm", "inform", ARM), "knot_location", {}, {"knot_location": "other"}),
        # several places: the one that is not the mid-back (caution)
        (
            turn(
                "it's between my shoulder blades and down into my lower back", "inform", MID, LOWER
            ),
            "knot_location",
            {},
            {"knot_location": "lower_back"},
        ),
        # a yes/no with another symptom only answers the question when it leads
        (turn("my fingers tingle", "affirm", NERVE), "neck_pain", {}, {"nerve_symptoms": True}),
        (
            turn("no, but my fingers tingle", "deny", NERVE),
            "neck_pain",
            {},
            {"nerve_symptoms": True, "neck_pain": False},
        ),
        # the routine questions
        (
            turn("yes I have a roller", "affirm", ROLLER),
            "has_foam_roller",
            {},
            {"has_foam_roller": True},
        ),
        (
            turn("I don't own a foam roller", "deny", NO_ROLLER),
            "has_foam_roller",
            {},
            {"has_foam_roller": False},
        ),
        (turn("my knees are bad", "inform", BAD_KNEES), "can_kneel", {}, {"can_kneel": False}),
        (
            turn("not sure", "unsure"),
            "can_kneel",
            {"unsure_about": "can_kneel"},
            {"can_kneel": False, "unsure_answers": ["can_kneel"]},
        ),
        # the person's own sense that something is wrong
        (turn("something just doesn't feel right", "inform"), None, {}, {"feels_not_right": True}),
        # nothing to read
        # several places: the one named next to the knot is the knot's
        (
            turn(
                "strap over my left shoulder, and a knot inside my right shoulder blade",
                "inform",
                Mention("knot_location", "shoulder", start=19, end=27),
                Mention("knot_location", "mid_back", start=56, end=70),
            ),
            None,
            {},
            {"knot_location": "mid_back"},
        ),
        (
            turn(
                "from carrying my toddler on my hip, the knot is under my shoulder blade",
                "inform",
                Mention("knot_location", "other", start=31, end=34),
                Mention("knot_location", "mid_back", start=57, end=71),
            ),
            None,
            {},
            {"knot_location": "mid_back"},
        ),
        (
            turn(
                "a knot in my shoulder and my shoulder blades ache",
                "inform",
                Mention("knot_location", "shoulder", start=13, end=21),
                Mention("knot_location", "mid_back", start=29, end=44),
            ),
            None,
            {},
            {"knot_location": "shoulder"},
        ),
        # ... unless a later one corrects it or says where it is now
        (
            turn(
                "a knot in my mid back, I mean just above my belt, the small of my back",
                "inform",
                Mention("knot_location", "mid_back", start=12, end=20),
                Mention("knot_location", "lower_back", start=57, end=72),
            ),
            None,
            {},
            {"knot_location": "lower_back"},
        ),
        (
            turn(
                "knot between my shoulder blades, but now it's down in my lower back",
                "inform",
                Mention("knot_location", "mid_back", start=5, end=31),
                Mention("knot_location", "lower_back", start=57, end=67),
            ),
            None,
            {},
            {"knot_location": "lower_back"},
        ),
        # in a correction, the last sentence about a slot says what is true now
        (
            turn(
                "I misread the question about numbness. I don't have any numbness.",
                "inform",
                Mention("symptom", "nerve_symptoms", start=28, end=36),
                Mention("symptom", "nerve_symptoms", "absent", start=58, end=66),
            ),
            None,
            {"nerve_symptoms": True},
            {"nerve_symptoms": False},
        ),
        # ... but without one, a present mention wins (caution)
        (
            turn(
                "My fingers go numb. No tingling though.",
                "inform",
                Mention("symptom", "nerve_symptoms", start=11, end=18),
                Mention("symptom", "nerve_symptoms", "absent", start=23, end=31),
            ),
            None,
            {},
            {"nerve_symptoms": True},
        ),
        # a worry taken back
        (
            turn("actually I'm not worried, it feels like my usual knots", "inform"),
            None,
            {"feels_not_right": True},
            {"feels_not_right": False},
        ),
        (turn("I'm not worried", "inform"), None, {}, {}),
        # news while a date is asked: not a failed try at the date
        (
            turn(
                "it's actually on top of my shoulder",
                "inform",
                Mention("knot_location", "shoulder"),
            ),
            "knot_since",
            {"knot_location": "mid_back"},
            {"knot_location": "shoulder"},
        ),
        # a place named in a question is not where the knot is
        (
            turn(
                "why do you ask about the neck? the knot is lower down than that",
                "ask_why",
                Mention("knot_location", "neck", start=26, end=29),
            ),
            "neck_pain",
            {"knot_location": "mid_back"},
            {},
        ),
        # a place said to be fine is not where the knot is
        (
            turn(
                "the neck is fine and my arms are fine, it's just the knot",
                "inform",
                Mention("knot_location", "neck", start=4, end=8),
                Mention("knot_location", "other", start=24, end=28),
            ),
            None,
            {"knot_location": "mid_back"},
            {},
        ),
        # "none of them" anywhere is a no to the screen
        (
            turn("sorry, I was being daft, none of them", "deny"),
            "red_flags",
            {"unsure_about": "red_flags"},
            {"red_flags": []},
        ),
        # nothing readable counts as a try: asked once more, then the cautious answer
        (turn("", None), "neck_pain", {}, {"neck_pain": "unsure"}),
        (turn("asdfgh", "nlu_fallback"), "neck_pain", {}, {"neck_pain": "unsure"}),
        (
            turn("asdfgh", "nlu_fallback"),
            "neck_pain",
            {"unsure_about": "neck_pain"},
            {"neck_pain": True, "unsure_answers": ["neck_pain"]},
        ),
        (
            turn("erm", "nlu_fallback"),
            "knot_location",
            {"unsure_about": "knot_location"},
            {"knot_location": "other", "unsure_answers": ["knot_location"]},
        ),
        (
            turn("hmm, hard to put into words", "nlu_fallback"),
            "routine_progress",
            {},
            {"routine_progress": "unsure"},
        ),
        (
            turn("hmm, hard to put into words", "nlu_fallback"),
            "routine_progress",
            {"unsure_about": "routine_progress"},
            {"routine_progress": "same", "unsure_answers": ["routine_progress"]},
        ),
        (
            turn("it's not any different", "inform"),
            "routine_progress",
            {},
            {"routine_progress": "same"},
        ),
        # the same aside twice in a row is a try: no endless "good question"
        (
            Turn(
                "why do you ask about the neck?",
                "ask_why",
                (),
                previous_text="why do you ask about the neck?",
            ),
            "neck_pain",
            {},
            {"neck_pain": "unsure"},
        ),
        # a long message is no bare yes or no, whatever its intent
        (
            turn(
                "weird q but now when i pee i cant tell if im done and no numbness in my hands",
                "deny",
            ),
            "red_flags",
            {},
            GROUPS_START,
        ),
        (
            turn("why do you ask? it's totally fine", "ask_why"),
            "neck_pain",
            {},
            {"neck_pain": False},
        ),
        # ... but an aside is not a try
        (turn("why do you ask?", "ask_why"), "neck_pain", {}, {}),
        (turn("forget me", "forget_me"), "nerve_symptoms", {}, {}),
        # a story of change is a report on the routine only from someone given it
        (
            turn("been stretching it for a month and it eased off", "report_progress", STRETCHED),
            None,
            {},
            {"tried_stretching_massage": True},
        ),
        (
            turn(
                "been doing the foam roller routine for a week, about the same", "report_progress"
            ),
            None,
            {},
            {
                "routine_given": True,
                "routine_progress": "same",
                "routine_started_on": "2026-11-24",
                "date_problem": None,
                "date_options": None,
            },
        ),
        # ... also while the planning questions ask when the knot began
        (
            turn(
                "I've stuck with the roller exercise you gave me for five weeks, no change at all",
                "report_progress",
                ROLLER,
            ),
            "knot_since",
            {"triage_outcome": "self_care_routine"},
            {
                "has_foam_roller": True,
                "routine_given": True,
                "routine_progress": "same",
                "routine_started_on": "2026-10-27",
                "date_problem": None,
                "date_options": None,
            },
        ),
        (
            turn("a month of the slides so far and it's a lot less tight", "report_progress"),
            "knot_since",
            {"triage_outcome": "self_care_routine", "routine_given": True},
            {
                "routine_progress": "better",
                "routine_started_on": "2026-11-01",
                "date_problem": None,
                "date_options": None,
            },
        ),
        # ... but from anyone else it is when the knot began
        (
            turn("it started about five weeks ago and has eased since", "report_progress"),
            "knot_since",
            {"triage_outcome": "self_care_routine"},
            {"knot_since": "2026-10-27", "date_problem": None, "date_options": None},
        ),
    ],
)
def test_read_turn(message, requested, current, expected):
    assert read_turn(message, requested, current, TODAY) == expected


def test_mentions_from_entities_accepts_button_payloads_and_skips_junk():
    entities = [
        {"entity": "knot_location", "value": "mid_back"},
        {"entity": "symptom", "value": "neck_pain", "assertion": "absent"},
        {"entity": "symptom", "value": 3},
        {"value": "x"},
    ]
    assert mentions_from_entities(entities) == [
        Mention("knot_location", "mid_back", "present"),
        Mention("symptom", "neck_pain", "absent"),
    ]


@pytest.mark.parametrize(
    "text, intent, expected",
    [
        ("hmm I don't think so", "unsure", False),
        ("not that I've noticed", None, False),
        ("well, I wouldn't say so", None, False),
        ("um yeah", None, True),
        ("I think so", "unsure", True),
        ("probably", None, True),
        ("honestly no idea", None, "unsure"),
    ],
)
def test_everyday_yes_and_no(text, intent, expected):
    assert read_turn(turn(text, intent), "neck_pain", {}) == {"neck_pain": expected}
