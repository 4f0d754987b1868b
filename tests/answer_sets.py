"""Answers the tests start from: the five triage answers of a clear self-care case."""

CLEAR = {
    "knot_location": "mid_back",
    "red_flags": [],
    "neck_pain": False,
    "nerve_symptoms": False,
    "tried_stretching_massage": True,
}
