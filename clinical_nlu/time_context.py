"""When a finding is: ongoing, in the recent past, long ago, or over.

ConText modifiers (categories below, phrasings in `TIME_MODIFIERS`) mark the
time of a finding; `time_assertion` turns them into an assertion. Time only
matters for the clinical labels (symptoms, red flags and warning cues): what
was tried, the equipment, kneeling and the knot's place are what they are.

* resolved ("had a fever but it's gone", "the tingling went away", "none
  since", "used to get chest pains") -> `absent`;
* ongoing, or the present perfect ("I've been having trouble holding my wee",
  "have had night sweats for weeks", "still", "since Sunday") -> `present`,
  whatever else the sentence says;
* long ago ("years ago", "as a teen", "back in March", "last year", "in
  2015") -> `absent`: not a sign of now;
* the recent past ("a fever last week", "I had the chills a few days ago",
  "was short of breath on Sunday", "my legs gave way") -> `past` for a red flag
  or warning cue, so that the assistant asks whether it is still there; a
  symptom (neck pain, nerve symptoms) of the recent past stays `present`, the
  cautious reading for "see a professional".

Two kinds of red flag read time differently, the cautious way:

* `cancer_history`: a history is the finding itself, so "I had chemo in 2019",
  "I was treated years ago" and "in remission" all stay `present`.
* `major_injury` and `weight_loss`: what happened is the sign; a recent
  crash, fall or weight loss stays `present` ("I came off my bike last week",
  "I lost a stone last month"), and "it's gone" does not undo it. Only clearly
  long ago ("a car crash 15 years ago", "a fall as a kid") makes it `absent`.
"""

from datetime import date
from typing import Collection, Optional, Set, Tuple

from spacy.tokens import Span

from clinical_nlu.assertions import ABSENT, PAST, PRESENT

RESOLVED = "RESOLVED"
ONGOING = "ONGOING"
LONG_AGO = "LONG_AGO"
RECENT_PAST = "RECENT_PAST"
HISTORICAL = "HISTORICAL"  # medspaCy's own "history of" rules: read as the recent past

TIME_CATEGORIES = (RESOLVED, ONGOING, LONG_AGO, RECENT_PAST, HISTORICAL)

_HISTORY_VALUES = {"cancer_history"}
_EVENT_VALUES = {"major_injury", "weight_loss"}

TIME_VOCAB = {
    "DAY": (
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu"
        "|thur|thurs|fri|sat|sun|weekend"
    ),
    "MONTH": (
        "january|february|march|april|may|june|july|august|september|october|november"
        "|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|spring|summer|autumn"
        "|winter|christmas|xmas|easter"
    ),
    "FEW": (
        "a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty"
        "|forty|fifty|few|couple|several|#NUM|of|many|some|over|about|nearly|almost"
    ),
    "SHORT_SPAN": "day|days|week|weeks|hour|hours|fortnight|month|night|nights|wk|wks",
    "LONG_SPAN": "months|year|years|yrs|yr|decade|decades|ages",
    "YOUNG": "kid|child|teen|teenager|boy|girl|baby|youngster|student|toddler|lad|lass",
    "WHEN_YOUNG": (
        "younger|little|small|young|kid|child|teen|teenager|baby|student",
        "at school|uni|college",
        "a|an YOUNG",
        "in my teens|twenties|thirties|20s|30s|youth",
    ),
    "AGE_IN_WORDS": (
        "five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        "|seventeen|eighteen|nineteen|twenty"
    ),
    "HAVE": "'ve|have|has|'s",
    "BE_OR_HAVE": "'ve|have|has|'s|is|are|was|were|had|been",
    "IT": "it|they|that|those|this|these|which|both|all",
    "BUT": "but|though|although|and|,|now",
    "STOPPED": (
        "gone|stopped|cleared|passed|settled|subsided|eased|disappeared|vanished|resolved"
        "|healed|finished|ended"
    ),
}


def two_years_ago_or_more(_target: Span, modifier: Span, _between: Span) -> bool:
    """For "in 2015": only a year at least two years back is clearly long ago."""
    return int(modifier[-1].text) <= date.today().year - 2


def an_injury(target: Span) -> bool:
    """An injury's age reaches it anywhere in its sentence: "I came off a horse
    and broke my collarbone when I was fifteen, over twenty years ago"."""
    return target.ent_id_.startswith("major_injury")


# Said after the finding, over a comma or "but": "I had a fever, but it's gone".
_BACK = {"max_scope": 8, "reaches_back": True}

# (category, direction, spec, extra ConTextRule arguments)
TIME_MODIFIERS: Tuple[Tuple[str, str, str, dict], ...] = (
    # --- over now ("but" is part of these, so that its scope end does not hide them)
    (RESOLVED, "BACKWARD", "BUT? IT? BE_OR_HAVE ADV? STOPPED away|off|up|now?", _BACK),
    (RESOLVED, "BACKWARD", "BUT? IT? went|wore|gone|go|goes away|off", _BACK),
    (RESOLVED, "BACKWARD", "BUT? IT STOPPED|went|wore|cleared up|away|off?", _BACK),
    (RESOLVED, "BACKWARD", "disappeared|subsided|vanished|cleared up?", _BACK),
    (RESOLVED, "BACKWARD", "BUT? none|nothing|not ADV? since|anymore|now", _BACK),
    (
        RESOLVED,
        "BACKWARD",
        "BUT? not|n't had|felt|noticed ADV? it|any|one|them? since|again",
        _BACK,
    ),
    (RESOLVED, "BACKWARD", "BUT? fine|better|ok|okay|alright|good now|since", _BACK),
    (RESOLVED, "BACKWARD", "BUT? i 'm|am over it", _BACK),
    (RESOLVED, "FORWARD", "used to", {}),
    (RESOLVED, "FORWARD", "got|getting over|rid of?", {"max_scope": 5}),
    (RESOLVED, "FORWARD", "recovered|recovering from", {"max_scope": 5}),
    # --- ongoing ----------------------------------------------------------------
    (
        ONGOING,
        "BACKWARD",
        "BUT? IT? BE_OR_HAVE? still have|has|got|get|feel|there|here|going",
        _BACK,
    ),
    (ONGOING, "BIDIRECTIONAL", "still|currently|ongoing|constantly|continuously|persistent", {}),
    (ONGOING, "BIDIRECTIONAL", "at the moment|minute", {}),
    (ONGOING, "BIDIRECTIONAL", "right now", {}),
    (ONGOING, "BIDIRECTIONAL", "ever? since", {}),
    (ONGOING, "BIDIRECTIONAL", "for FEW* SHORT_SPAN|LONG_SPAN", {}),
    (
        ONGOING,
        "BIDIRECTIONAL",
        "for|in|over|during DET? past|last FEW* SHORT_SPAN|LONG_SPAN",
        {},
    ),
    (ONGOING, "BIDIRECTIONAL", "these days", {}),
    (ONGOING, "BIDIRECTIONAL", "lately|nowadays|again|today|tonight", {}),
    (ONGOING, "BIDIRECTIONAL", "every|each day|night|morning|evening", {}),
    (ONGOING, "BIDIRECTIONAL", "on and off", {}),
    (ONGOING, "FORWARD", "HAVE been|had|got|started|begun", {}),
    (ONGOING, "FORWARD", "keep|keeps|keeping getting|having", {}),
    # --- long ago ---------------------------------------------------------------
    (LONG_AGO, "BIDIRECTIONAL", "FEW* LONG_SPAN ago|back|before|earlier", {}),
    (LONG_AGO, "BIDIRECTIONAL", "a long time ago|back", {}),
    (LONG_AGO, "BIDIRECTIONAL", "long ago", {}),
    (LONG_AGO, "BIDIRECTIONAL", "last|previous year", {}),
    (LONG_AGO, "BIDIRECTIONAL", "as DET? YOUNG", {}),
    (LONG_AGO, "BIDIRECTIONAL", "when i was WHEN_YOUNG", {}),
    (LONG_AGO, "BIDIRECTIONAL", "when i was #NUM", {}),
    (LONG_AGO, "BIDIRECTIONAL", "when i was AGE_IN_WORDS", {}),
    (LONG_AGO, "BIDIRECTIONAL", "aged|age #NUM", {}),
    (LONG_AGO, "BIDIRECTIONAL", "back in|during DET? MONTH|day|days|school|uni", {}),
    (LONG_AGO, "BIDIRECTIONAL", "in DET? childhood|youth|teens|twenties|20s", {}),
    (LONG_AGO, "BIDIRECTIONAL", "back? in|during #YEAR", {"on_modifies": two_years_ago_or_more}),
    # --- the recent past --------------------------------------------------------
    (RECENT_PAST, "BIDIRECTIONAL", "yesterday|earlier|recently", {}),
    (RECENT_PAST, "BIDIRECTIONAL", "last|past|previous SHORT_SPAN|DAY|time", {}),
    (RECENT_PAST, "BIDIRECTIONAL", "the other day|night|week", {}),
    (RECENT_PAST, "BIDIRECTIONAL", "this|yesterday morning|afternoon|evening", {}),
    (RECENT_PAST, "BIDIRECTIONAL", "on|at|over DET? DAY", {}),
    (RECENT_PAST, "BIDIRECTIONAL", "FEW* SHORT_SPAN ago|back|before|earlier", {}),
    (RECENT_PAST, "BIDIRECTIONAL", "a while ago|back", {}),
    (RECENT_PAST, "BIDIRECTIONAL", "earlier today|on", {}),
    (RECENT_PAST, "FORWARD", "had|was|were|felt|did", {}),
)

# Verbs inside a finding's own words that say when it was ("my chest was tight").
_PAST_VERBS = {"was", "were", "had", "felt", "went", "gave", "ran", "did"}
_PERFECT = {"have", "has", "'ve", "been", "keep", "keeps", "still"}


def time_assertion(
    value: str, categories: Collection[str], words: Collection[str], warning_sign: bool = True
) -> Optional[str]:
    """`absent`, `past` or `present` as time decides, or None when it says nothing.

    `categories` are the ConText categories reaching the finding; `words` are
    its own lower-cased words plus the one before it; only a `warning_sign`
    (red flag or cue) can be `past`.
    """
    if value in _HISTORY_VALUES:
        return None
    timed = set(categories) | _tense_of(words)
    if value in _EVENT_VALUES:
        return ABSENT if LONG_AGO in timed and ONGOING not in timed else None
    if RESOLVED in timed:
        return ABSENT
    if ONGOING in timed:
        return PRESENT
    if LONG_AGO in timed:
        return ABSENT
    if timed & {RECENT_PAST, HISTORICAL}:
        return PAST if warning_sign else PRESENT
    return None


def _tense_of(words: Collection[str]) -> Set[str]:
    if _PERFECT & set(words):
        return {ONGOING}
    return {RECENT_PAST} if _PAST_VERBS & set(words) else set()
