"""Warning signs said in lay words are red flags; look-alike everyday phrases are not."""

import pytest

from clinical_nlu.findings import find_findings

RF, LOC, CUE = "red_flag", "knot_location", "warning_cue"
P = "present"


def _summary(text):
    return {(f.label, f.value, f.assertion) for f in find_findings(text)}


LAY_PHRASINGS = {
    "chest_pain": (
        "it's like a band tightening round my chest",
        "feels like there's a weight on my chest",
        "like someone is sitting on my chest",
        "it's like an elephant on my chest",
        "my chest feels heavy",
        "my chest feels squashed",
        "there's a tight band across my chest",
        "my chest is tightening up",
        "pressure behind my breastbone",
        "my chest feels like it's being squeezed",
        "my heart hurts",
    ),
    "shortness_of_breath": (
        "I can't get a full breath",
        "I get puffed out walking up stairs",
        "struggling for air",
        "I can't catch my breath",
        "I'm out of puff after a few steps",
        "I can't take a deep breath in",
        "gasping for breath",
        "my breathing is really shallow",
        "it feels like I'm suffocating",
    ),
    "pain_to_jaw_or_arm": (
        "the ache goes up into my jaw",
        "the pain goes down my left arm",
        "it spreads up my neck and into my jaw",
        "it shoots up into my jaw",
        "it travels down my left arm",
        "an ache down my left arm",
        "my left arm feels heavy",
        "my left arm and jaw hurt",
    ),
    "sweating_or_nausea": (
        "I'm all clammy",
        "feeling queasy",
        "I feel sick",
        "broke out in a cold sweat",
        "I feel like I'm going to throw up",
        "I've been sick twice",
        "I'm drenched in sweat",
        "sweating buckets",
        "I keep retching",
        "my stomach is churning",
    ),
    "bladder_bowel_control": (
        "I can't tell when I need to go",
        "I've been having trouble holding my wee",
        "I've been dribbling",
        "I'm leaking a bit",
        "I've had a couple of accidents",
        "I can't feel when I'm on the loo",
        "it's numb down there",
        "numb between my legs",
        "my bum feels numb",
        "I can't feel it when I wipe",
        "trouble controlling my bowels",
    ),
    "leg_weakness_or_numbness": (
        "my legs feel like jelly",
        "my legs keep giving way",
        "I keep tripping over my own feet",
        "wobbly on my feet",
        "I keep losing my balance",
        "my legs won't hold me up",
        "my legs don't feel like mine",
        "my balance is off",
        "I'm walking like I'm drunk",
        "my foot keeps dragging",
        "I can't feel my legs",
    ),
    "major_injury": (
        "I came off my bike at speed",
        "I got rear-ended",
        "I fell down the stairs",
        "I was hit by a car",
        "I crashed my car",
        "I went over the handlebars",
        "I got knocked off my bike",
        "I slipped down the stairs",
        "a van ploughed into my car",
        "I was in a pile-up on the motorway",
        "I fell out of a tree",
        "I had an accident at work",
    ),
    "fever_or_chills": (
        "I'm running a temperature",
        "I'm burning up",
        "I've got the shivers",
        "shaking with cold",
        "I can't get warm",
        "my teeth are chattering",
        "hot and cold all the time",
        "I woke up drenched",
    ),
    "weight_loss": (
        "I've dropped 6 kilos without dieting",
        "I've lost nearly a stone",
        "lost 15 lbs and I'm not trying",
        "lost 15lbs",
        "my clothes are hanging off me",
        "my jeans are falling off",
        "the weight's been falling off me",
        "I've gone down two dress sizes",
        "I'm skin and bone",
        "my trousers are loose on me now",
        "I've got really thin",
    ),
    "cancer_history": (
        "I had radiotherapy",
        "I'm in remission",
        "I had chemo",
        "I see an oncologist",
        "had a lump removed that was malignant",
        "I beat breast cancer",
        "I'm cancer free for 5 years",
        "the biopsy came back positive",
        "I had a mastectomy",
    ),
    "night_or_rest_pain": (
        "it wakes me at 3am",
        "it's there even lying still",
        "it doesn't ease when I rest",
        "it's worse in bed",
        "it keeps me awake",
        "it stops me sleeping",
        "I'm up all night with it",
        "lying down doesn't help",
        "it never lets up",
        "it's agony when I lie down",
    ),
    "feeling_unwell": (
        "I feel rotten in myself",
        "I'm not right in myself",
        "I'm wiped out",
        "I feel awful generally",
        "I haven't been myself",
        "I feel like I'm coming down with something",
        "I feel like death warmed up",
        "I'm out of sorts",
        "aching all over",
        "I feel like I've been hit by a bus",
    ),
}

CASES = [(text, value) for value, texts in LAY_PHRASINGS.items() for text in texts]


def test_every_red_flag_has_at_least_five_lay_phrasings():
    assert all(len(texts) >= 5 for texts in LAY_PHRASINGS.values())
    assert len(LAY_PHRASINGS) == 12


@pytest.mark.parametrize("text, value", CASES, ids=[text for text, _ in CASES])
def test_lay_phrasing_is_a_present_red_flag(text, value):
    assert (RF, value, P) in _summary(text)


@pytest.mark.parametrize("text, value", CASES, ids=[text for text, _ in CASES])
def test_lay_phrasing_is_no_other_red_flag(text, value):
    flags = {v for label, v, _ in _summary(text) if label == RF}
    assert flags == {value}


NOT_RED_FLAGS = [
    ("my stomach is upset", {(LOC, "other", P), (CUE, "sweating_or_nausea", P)}),
    ("I lift weights at the gym", set()),
    ("it cost me 20 pounds", set()),
    ("the rest of my back is fine", set()),
    ("I'm sick and tired of this knot", set()),
    ("I keep falling asleep at my desk", set()),
    ("it hurts when I sit at my desk", set()),
    ("nothing helps", set()),
    ("a wee bit sore", set()),
    ("the water temperature is too hot", set()),
    ("I'll message you next week", set()),
    ("I put my hand on my chest", {(LOC, "other", P), (CUE, "chest_pain", P)}),
    ("there's a weight bench in my garage", set()),
    ("the knot hurts when I lie on it", set()),
    ("I'm going to be up early tomorrow", set()),
    ("I'm trying to lose a stone", set()),
    ("I lost 2 stone on purpose", set()),
    ("I've lost 5 kilos by dieting", set()),
    ("since the accident my back has been stiff", {(RF, "major_injury", P)}),
]


@pytest.mark.parametrize("text, expected", NOT_RED_FLAGS, ids=[t for t, _ in NOT_RED_FLAGS])
def test_everyday_look_alikes_are_not_red_flags(text, expected):
    assert _summary(text) == expected
