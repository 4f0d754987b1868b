"""ConText modifiers: what makes a finding negated, uncertain, hypothetical or not the user's.

medspaCy's default rules come from clinical notes; they already cover
"no", "not"/"n't" (so "don't", "doesn't", "haven't", "wouldn't say", "not really"),
"never had", "without", "denies", "but" (ends a scope) and "if". `MODIFIERS`
adds what chat needs, in the notation of `clinical_nlu.notation`. Two defaults
are replaced: "if" (whole-sentence scope would drop "if I turn my head, my neck
hurts") and the family list (no British "mum", and it must not drop self-care
someone else gave: "my wife massaged it").

Every rule also gets `stays_in_clause`: a modifier does not reach past a
comma, "and", "so" ... unless what follows is the next item of a list, a
finding without a verb of its own ("no numbness, tingling or weakness" vs
"no neck pain, my fingers tingle", "no foam roller and kneeling hurts").
Saying that something is over, or still there, reaches back over a comma or
"but" to the findings right before it ("I had a fever and chills, but they've
gone"): rules marked `reaches_back`. The time modifiers come from
`clinical_nlu.time_context`.
"""

from typing import Callable, List, Optional, Tuple

from medspacy.context import ConTextRule
from medspacy.context.context import DEFAULT_RULES_FILEPATH
from spacy.tokens import Doc, Span, Token

from clinical_nlu.notation import expand
from clinical_nlu.patterns import EQUIPMENT, KNOT_LOCATION, SELF_CARE_TRIED, VOCAB
from clinical_nlu.time_context import LONG_AGO, TIME_MODIFIERS, TIME_VOCAB, an_injury

NEGATED = "NEGATED_EXISTENCE"
POSSIBLE = "POSSIBLE_EXISTENCE"
HYPOTHETICAL = "HYPOTHETICAL"
FAMILY = "FAMILY"
OTHER_EXPERIENCER = "OTHER_EXPERIENCER"
PSEUDO = "PSEUDO"  # category of phrases that only shadow a shorter cue

# Categories that end each other's scope: "no chest pain, maybe a fever". (Set on
# the rules directly: ConText's `terminating_types` config arrives as one-shot
# iterators through spaCy's config validation and only reaches the first rule.)
_TERMINATED_BY = {NEGATED: {POSSIBLE}, POSSIBLE: {NEGATED}}

# ": no" reads backwards ("Fever: no"), which in chat hides the "no" after it
# ("for what it's worth: no neck pain"): ours reads back only when the "no" ends
# its clause.
_REPLACED_DEFAULTS = {"if", "family", ": no"}
# Someone else's finding: the scope runs on over "and gets ..." until the person
# speaks of themselves again ("my mum has MS and gets numb legs, but mine are fine").
_NOT_ABOUT_THE_USER_EXCEPT = {"excluded_types": {SELF_CARE_TRIED, EQUIPMENT}, "experiencer": True}
_NOT_THE_LOCATION = {"excluded_types": {KNOT_LOCATION}}

_MODIFIER_VOCAB = {
    **VOCAB,
    **TIME_VOCAB,
    "RELATIVE": (
        "aunt|aunts|auntie|aunty|brother|brothers|bro|child|children|cousin|cousins"
        "|dad|dads|daddy|daughter|daughters|family|father|fathers|grandchild"
        "|grandfather|grandmother|grandma|grandpa|grandad|granddad|gran|granny|nan"
        "|nana|grandparent|grandparents|grandson|granddaughter|husband|hubby|wife"
        "|missus|mom|moms|mommy|mum|mums|mummy|mam|mother|mothers|nephew|niece"
        "|parent|parents|partner|sibling|siblings|sister|sisters|sis|son|sons|spouse"
        "|uncle|uncles|twin|relative|relatives|stepmom|stepmum|stepdad|fiance|fiancee"
    ),
    "OTHER_PERSON": (
        "friend|friends|mate|mates|colleague|colleagues|coworker|coworkers|boss"
        "|neighbour|neighbor|neighbours|neighbors|roommate|flatmate|housemate"
        "|girlfriend|boyfriend|gf|bf|someone|somebody|people|person|patients|kid|kids"
        "|baby|everyone|everybody|client|customer|teammate|teammates"
    ),
    "MAYBE": "maybe|mayb|mabye|maybee|perhaps|possibly|potentially|probably|prob|probs",
    "HESITANT": "sure|certain|positive|confident",
    "IF": "if|whether",
    "ASKS": "should|could|can|would|will",
    "ASKER": "i|we|you|it|this|that|a|knots|stress",
    "FUTURE": "will|'ll|gonna|going|should|could|might|may|want|wanna|planning|plan|need",
    "ADVICE": "tips|tip|advice|recommend|suggest|suggestions|ideas",
    "GOOD_IDEA": "help|helps|work|works|good|safe|ok|okay|recommended|worth|better|bad",
    "HELP_WORDS": (
        "help|helps|helped|helping|work|works|worked|working|fix|fixed|improve|improved|last|lasted"
    ),
    "BUDGE": ("go|goes|going|budge|budging|shift|shifting|ease|easing|let|letting|stop|stopping"),
    "AFTER_NO": ",|.|!|-|i|it|its|my|the|there|that|actually|worries|doubt|wonder|matter",
    "SAYING": "say|think|guess|imagine|describe|call|mention|add|note",
    "FEARFUL": "afraid|scared|worried|worry|fear|frightened|terrified",
    "THIRD_PERSON": "he|she|they",
    "HAS": "has|had|gets|got|is|was|'s|suffers|suffered|have",
}


def _weight_only(target: Span, _modifier: Span, _between: Span) -> bool:
    return target.ent_id_.startswith("weight_loss")


# Anywhere in the sentence: "I've lost 8 kilos this year, but that's on purpose".
_WEIGHT_ONLY = {"max_scope": 14, "whole_sentence": True, "on_modifies": _weight_only}

# (category, direction, spec, extra ConTextRule arguments)
MODIFIERS: Tuple[Tuple[str, str, str, dict], ...] = (
    # --- negation ---------------------------------------------------------------
    (NEGATED, "FORWARD", "not|n't|nt|never", {}),
    (NEGATED, "FORWARD", "nope|nah|neither|nor|zero|hardly|barely", {}),
    (NEGATED, "FORWARD", "nothing|nowhere", {"max_scope": 6}),
    (NEGATED, "BIDIRECTIONAL", "no longer", {"max_scope": 5}),
    # --- phrases that look like negation but are not --------------------------
    (PSEUDO, "PSEUDO", "NOT ADV* seem|seems|seemed? to? HELP_WORDS", {}),
    (PSEUDO, "PSEUDO", "NOT ADV* BUDGE away|up|off?", {}),
    (PSEUDO, "PSEUDO", "NOT ADV* get|getting rid", {}),
    (PSEUDO, "PSEUDO", "NOT ADV* make|made|making a|any|much? difference", {}),
    (PSEUDO, "PSEUDO", "NOT ADV* do|did|does|doing anything|much", {}),
    (PSEUDO, "PSEUDO", "not just|only", {}),
    (PSEUDO, "PSEUDO", "no|nope|nah AFTER_NO", {}),
    (PSEUDO, "PSEUDO", "even|as|see|check if", {}),
    (PSEUDO, "PSEUDO", "would|will|should SAYING", {}),
    # --- uncertainty ------------------------------------------------------------
    (POSSIBLE, "BIDIRECTIONAL", "MAYBE", {"max_scope": 5}),
    (POSSIBLE, "FORWARD", "might|may|mite", {}),
    (POSSIBLE, "FORWARD", "NOT ADV* HESITANT IF|about?", {}),
    (POSSIBLE, "FORWARD", "unsure|uncertain|unclear IF|about?", {}),
    (POSSIBLE, "FORWARD", "no idea IF?", {}),
    (POSSIBLE, "FORWARD", "NOT know IF|about?", {}),
    (POSSIBLE, "FORWARD", "dunno|idk IF?", {}),
    (POSSIBLE, "FORWARD", "ca|can|could n't|nt|not tell|say IF?", {}),
    (POSSIBLE, "FORWARD", "hard to say|tell IF?", {}),
    (POSSIBLE, "FORWARD", "wonder|wondering IF", {}),
    (POSSIBLE, "FORWARD", "i guess|suppose", {}),
    (POSSIBLE, "FORWARD", "could be|have", {}),
    (POSSIBLE, "FORWARD", "FEARFUL it|that|of|about", {}),
    # --- hypothetical: questions, plans, what-ifs --------------------------------
    (HYPOTHETICAL, "FORWARD", "if|unless|incase", {"max_scope": 6}),
    (HYPOTHETICAL, "FORWARD", "in case", {"max_scope": 6}),
    (HYPOTHETICAL, "FORWARD", "what if", {"max_scope": 8}),
    (HYPOTHETICAL, "FORWARD", "ASKS ASKER", {"max_scope": 6, **_NOT_THE_LOCATION}),
    (HYPOTHETICAL, "FORWARD", "is|are it|this|that|they", {"max_scope": 3}),
    (HYPOTHETICAL, "FORWARD", "sign|signs|symptom|symptoms of", {"max_scope": 4}),
    (HYPOTHETICAL, "FORWARD", "what|how about", {"max_scope": 5, **_NOT_THE_LOCATION}),
    (HYPOTHETICAL, "FORWARD", "ADVICE", {"max_scope": 6, **_NOT_THE_LOCATION}),
    (HYPOTHETICAL, "FORWARD", "how ASKS|do i|you", {"max_scope": 6, **_NOT_THE_LOCATION}),
    (HYPOTHETICAL, "FORWARD", "how|way to", {"max_scope": 4, **_NOT_THE_LOCATION}),
    (HYPOTHETICAL, "FORWARD", "FUTURE to? try|get|buy", {"max_scope": 5, **_NOT_THE_LOCATION}),
    (HYPOTHETICAL, "FORWARD", "would|will|should", {"max_scope": 3, **_NOT_THE_LOCATION}),
    (HYPOTHETICAL, "BACKWARD", "GOOD_IDEA ADV* it|idea? ?", {"max_scope": 5, **_NOT_THE_LOCATION}),
    # --- someone else's experience -------------------------------------------------
    (FAMILY, "FORWARD", "RELATIVE 's|'?", _NOT_ABOUT_THE_USER_EXCEPT),
    (FAMILY, "BACKWARD", "runs in DET? family", {}),
    (OTHER_EXPERIENCER, "FORWARD", "OTHER_PERSON 's|'?", _NOT_ABOUT_THE_USER_EXCEPT),
    (OTHER_EXPERIENCER, "FORWARD", "THIRD_PERSON HAS", _NOT_ABOUT_THE_USER_EXCEPT),
    (NEGATED, "BACKWARD", ": no|nope|none|never ,|.|;|!", {"max_scope": 6}),
    # --- weight lost on purpose, or put back on --------------------------------------
    (NEGATED, "BIDIRECTIONAL", "on purpose", _WEIGHT_ONLY),
    (
        NEGATED,
        "BIDIRECTIONAL",
        "deliberately|intentionally|dieting|slimming|diet|calories",
        _WEIGHT_ONLY,
    ),
    (NEGATED, "BACKWARD", "put|gained|regained it|them|all|the|weight* back on?", _WEIGHT_ONLY),
    # --- a question about a word: "what do you mean by unwell?" ------------------------
    (HYPOTHETICAL, "FORWARD", "mean|meant by", {"max_scope": 4}),
    (HYPOTHETICAL, "FORWARD", "what counts|count as", {"max_scope": 4}),
    # --- scope ends ---------------------------------------------------------------
    ("TERMINATE", "TERMINATE", "actually|wait", {}),
    ("TERMINATE", "TERMINATE", "other than|besides", {}),
) + TIME_MODIFIERS

# A modifier's scope stops at these words unless a listed finding follows.
_CLAUSE_JOINERS = {",", ";", ":", "and", "&", "plus", "so", "then", "also"}
_LIST_FILLERS = {"and", "or", "nor", "no", "any", "some", "even", "also", "either", "neither"}
# A finding containing one of these is a clause of its own, not a list item.
_CLAUSE_VERBS = {
    "is",
    "are",
    "was",
    "were",
    "'s",
    "'re",
    "am",
    "'m",
    "feel",
    "feels",
    "felt",
    "get",
    "gets",
    "got",
    "has",
    "have",
    "had",
    "keep",
    "keeps",
    "kept",
    "go",
    "goes",
    "going",
    "went",
    "do",
    "does",
    "did",
    "seem",
    "seems",
    "hurt",
    "hurts",
    "ache",
    "aches",
    "tingle",
    "tingles",
    "throbs",
    "fall",
    "falls",
}

_VERBS_AFTER_A_FINDING = _CLAUSE_VERBS | {
    "helped",
    "help",
    "helps",
    "worked",
    "work",
    "works",
    "made",
    "makes",
    "didnt",
    "doesnt",
    "hasnt",
    "havent",
    "isnt",
    "wasnt",
    "started",
    "starts",
    "began",
    "came",
    "comes",
    "can",
    "could",
    "will",
    "would",
    "wo",
    "ca",
}


# Words a "that's over now" may reach back across to the findings before it.
_BEFORE_RESOLVED = {",", ";", "-", "...", "but", "though", "although", *_LIST_FILLERS}
_OWN_CHECKS = ("on_modifies", "reaches_back", "experiencer", "whole_sentence")
_FIRST_PERSON = {"i", "my", "me", "mine", "myself", "i'm", "im", "i've", "ive", "i'd", "but"}

Check = Callable[[Span, Span, Span], bool]


def context_rules() -> List[ConTextRule]:
    """medspaCy's default rules (minus the replaced ones) plus `MODIFIERS`."""
    defaults = [
        rule
        for rule in ConTextRule.from_json(DEFAULT_RULES_FILEPATH)
        if rule.literal not in _REPLACED_DEFAULTS
    ]
    for rule in defaults:
        rule.on_modifies = stays_in_clause
    ours = []
    for category, direction, spec, extra in MODIFIERS:
        arguments = {key: value for key, value in extra.items() if key not in _OWN_CHECKS}
        for pattern in expand(spec, _MODIFIER_VOCAB):
            rule = ConTextRule(spec, category, pattern=pattern, direction=direction, **arguments)
            if extra.get("whole_sentence"):
                rule.on_modifies = extra["on_modifies"]
            elif extra.get("experiencer"):
                rule.on_modifies = stays_with_the_other_person
            else:
                rule.on_modifies = _reach(
                    extra.get("reaches_back", False), extra.get("on_modifies")
                )
            if category == LONG_AGO:
                rule.on_modifies = _or_for_an_injury(rule.on_modifies)
            ours.append(rule)
    for rule in defaults + ours:
        rule.terminated_by.update(_TERMINATED_BY.get(rule.category, ()))
    return defaults + ours


def _or_for_an_injury(reach: Check) -> Check:
    def reach_or_injury(target: Span, modifier: Span, between: Span) -> bool:
        return an_injury(target) or reach(target, modifier, between)

    return reach_or_injury


def _reach(back: bool, check: Optional[Check] = None) -> Check:
    """The on_modifies check of a rule: its clause (or the findings before), plus `check`."""
    reach = reaches_back_over_but if back else stays_in_clause
    if check is None:
        return reach

    def reach_and_check(target: Span, modifier: Span, between: Span) -> bool:
        return reach(target, modifier, between) and check(target, modifier, between)

    return reach_and_check


def stays_in_clause(_target: Span, modifier: Span, between: Span) -> bool:
    """Whether a modifier may reach the target across the words `between` them."""
    return all(
        token.lower_ not in _CLAUSE_JOINERS
        or token.ent_iob_ != "O"  # the "and" of "pins and needles"
        or _opens_list_item(between.doc, token.i + 1)
        for token in _outside(modifier, between)
    )


def stays_with_the_other_person(target: Span, modifier: Span, between: Span) -> bool:
    """Someone else's: over "and", "so" ..., until the person speaks of themselves."""
    return stays_in_clause(target, modifier, between) or not any(
        token.lower_ in _FIRST_PERSON or token.lower_ in ".;!?"
        for token in _outside(modifier, between)
    )


def reaches_back_over_but(target: Span, modifier: Span, between: Span) -> bool:
    """ "I had a fever, but it's gone": reaching back over a list of findings."""
    return stays_in_clause(target, modifier, between) or all(
        token.lower_ in _BEFORE_RESOLVED or token.ent_iob_ != "O"
        for token in _outside(modifier, between)
    )


def _outside(modifier: Span, between: Span) -> List[Token]:
    """The words between (medspaCy's span includes a backward modifier's own words)."""
    return [token for token in between if not modifier.start <= token.i < modifier.end]


def _opens_list_item(doc: Doc, index: int) -> bool:
    while index < len(doc) and doc[index].lower_ in _LIST_FILLERS:
        index += 1
    if index >= len(doc) or doc[index].ent_iob_ != "B":
        return False
    end = index + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # "and massage didn't help": a verb right after the finding makes it a clause too.
    after = doc[end].lower_ if end < len(doc) else ""
    return after not in _VERBS_AFTER_A_FINDING and not any(
        token.lower_ in _CLAUSE_VERBS for token in doc[index:end]
    )
