"""Warning cues: a place or sign tied to a red flag, mentioned without the flag itself.

"My chest feels a bit off", "no problems with my bladder", "I fell on the
ice": not a red flag the tables recognise, but close enough to one that the
assistant asks a closed question about it. A cue is an entity with the label
`warning_cue` whose value is the red-flag id it points to, and an assertion
like any finding ("my chest is fine" -> absent; "my dad's chest" -> dropped).

`WarningCueSpans` (a spaCy component after the entity ruler) puts the cues
and the ruler's entities into the span group that ConText reads. A cue may
share its words with a knot location ("a knot in my jaw" is both) but not
with any other finding: a red flag, symptom or idiom covering the word wins,
except that "I had an accident" (a bladder red flag) keeps its injury cue.
The arm counts as a cue only when sweating or sickness is mentioned too.
After the assertions, `select_cues` keeps at most one cue per red flag, and
none for a red flag the message itself reports (present, uncertain or past).
"""

from typing import Dict, Iterable, List, Protocol, Tuple, TypeVar

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from clinical_nlu.assertions import ABSENT
from clinical_nlu.notation import expand
from clinical_nlu.patterns import KNOT_LOCATION, MATCH_ATTR, RED_FLAG, VOCAB
from triage.contract import WARNING_CUE

CLINICAL_SPANS = "clinical"  # the span group ConText reads: entities and cues

# Matcher keys besides the red-flag values.
NOT_A_CUE = "_not_a_cue"
ARM = "_arm"  # pain_to_jaw_or_arm, only beside sweating_or_nausea
_ARM_MEANS, _ARM_NEEDS = "pain_to_jaw_or_arm", "sweating_or_nausea"
# (cue, red flag) that may share words: "I had an accident" is either.
_SHARED = {("major_injury", "bladder_bowel_control")}

CUE_VOCAB = {
    "UNIT": "kilos|kilo|kg|kgs|stone|stones|pounds|lbs|lb|pound|st",
    "SOME": "#NUM|a|half|couple|few|nearly|almost|about|over|several",
    "NO_APPETITE": "no|lost|losing|lose|poor|zero|reduced|less|off|little",
    "TIME_OF_NIGHT": (
        "last|other|previous|tomorrow|good|one|that|this|a|saturday|friday|sunday|monday"
        "|tuesday|wednesday|thursday|the"
    ),
}

CUES: Dict[str, Tuple[str, ...]] = {
    "chest_pain": ("CHEST", "heart|heartburn|indigestion|palpitations|heartbeat"),
    "shortness_of_breath": (
        "breath|breathe|breathing|breaths|breathed|lungs|lung|wheeze|wheezing|wheezy"
        "|inhaler|asthma|puff|breathes",
    ),
    "pain_to_jaw_or_arm": ("JAW",),
    "sweating_or_nausea": (
        "dizzy|dizziness|lightheaded|faint|fainted|fainting|woozy|stomach|tummy",
        "light -? headed",
    ),
    "bladder_bowel_control": (
        "bladder|bowel|bowels|toilet|loo|wee|pee|peeing|weeing|poo|poop|pooing|urine"
        "|urinate|urinating|bathroom|waterworks|continence|constipated|constipation"
        "|diarrhoea|diarrhea|stool|stools|incontinent",
    ),
    "leg_weakness_or_numbness": (
        "leg|legs|walk|walking|walked|walks|balance|balancing|stumble|stumbling|stumbled"
        "|stumbles|limp|limping",
    ),
    "major_injury": (
        "fall|fell|fallen|falls|falling|tumble|tumbled|slipped|crash|crashed|accident"
        "|accidents|injury|injured|injuries|collision|knocked|tripped|concussion|concussed",
    ),
    "weight_loss": (
        "weight|thinner|slimmer|skinnier|appetite",
        "SOME UNIT",
        "NO_APPETITE DET? appetite",
        "off DET? food",
    ),
    "cancer_history": ("biopsy|biopsies|hospice",),
    "fever_or_chills": (
        "temp|thermometer|chilly|flushed|shivery",
        "a|bad|heavy|stinking|nasty|streaming cold",
    ),
    "night_or_rest_pain": (
        "night|nights|nighttime|overnight|bed|sleep|sleeping|asleep|slept|rest|resting|rested",
        "lying|lie|laying|lay down|flat|still",
        "CANT ADV? sleep",
        "CANT ADV? get to sleep",
    ),
    "feeling_unwell": (
        "FEEL ADV* off|odd|funny|weird|strange|wrong|different",
        "tired|exhausted|exhaustion|fatigue|fatigued|knackered|shattered|drained"
        "|lethargic|weary|virus|infection|bug",
    ),
}

# Only with sweating or sickness in the same message: "my arm aches and I'm clammy".
ARM_CUES = ("SIDE? arm|arms",)

NOT_CUES = (
    "TIME_OF_NIGHT night|nights",
    "night shift|shifts|out|owl",
    "goodnight",
    "fall|fell|falling|falls asleep",
    "sleep|slept|sleeping well|fine|ok|okay|great|alright|normally",
    "rest of",
    "a lie",
    "lie to",
    "tired|sick of",
    "weight on DET? SIDE? leg|legs|foot|feet|knee|knees|arm|arms",
    "night -? night",
    "nighty night",
    "walk|walking|walked me|you|us|them through",
    "heart rate|rates|monitor",
    "DET? cold sore|sores",
    "fell|fall|falling|falls behind|apart|out",
    "HAND_PART|LEG|BACK|SHOULDERS|muscles|muscle BE* ADV* tired|exhausted|fatigued|knackered",
)


class _Finding(Protocol):
    label: str
    value: str
    assertion: str


F = TypeVar("F", bound=_Finding)


class WarningCueSpans:
    """Puts the ruler's entities and the warning cues into `doc.spans["clinical"]`."""

    def __init__(self, nlp: Language) -> None:
        self._matcher = Matcher(nlp.vocab, validate=True)
        for key, patterns in cue_patterns().items():
            self._matcher.add(key, patterns)

    def __call__(self, doc: Doc) -> Doc:
        matches = [
            Span(doc, start, end, label=WARNING_CUE, span_id=key)
            for key, start, end in self._matcher(doc)
        ]
        arm_counts = any(
            entity.label_ == RED_FLAG and entity.id_.startswith(_ARM_NEEDS) for entity in doc.ents
        )
        cues = [
            _with_value(cue, _ARM_MEANS) if cue.id_ == ARM else cue
            for cue in filter_spans(matches)
            if cue.id_ != NOT_A_CUE and _free(cue, doc.ents) and (cue.id_ != ARM or arm_counts)
        ]
        doc.spans[CLINICAL_SPANS] = list(doc.ents) + cues
        return doc


def cue_patterns() -> Dict[str, List[list]]:
    """Matcher patterns by key: a red-flag value, `ARM` or `NOT_A_CUE`."""
    vocab = {**VOCAB, **CUE_VOCAB}
    rows = [(value, spec) for value, specs in CUES.items() for spec in specs]
    rows += [(ARM, spec) for spec in ARM_CUES]
    rows += [(NOT_A_CUE, spec) for spec in NOT_CUES]
    patterns: Dict[str, List[list]] = {}
    for key, spec in rows:
        patterns.setdefault(key, []).extend(expand(spec, vocab, MATCH_ATTR))
    return patterns


def select_cues(findings: Iterable[F]) -> List[F]:
    """The findings with at most one cue per red flag, and none for a flag reported."""
    findings = list(findings)
    reported = {f.value for f in findings if f.label == RED_FLAG and f.assertion != ABSENT}
    cues: Dict[str, F] = {}
    for finding in findings:
        if finding.label != WARNING_CUE or finding.value in reported:
            continue
        kept = cues.get(finding.value)
        if kept is None or (kept.assertion == ABSENT and finding.assertion != ABSENT):
            cues[finding.value] = finding
    chosen = {id(cue) for cue in cues.values()}
    return [f for f in findings if f.label != WARNING_CUE or id(f) in chosen]


def _free(cue: Span, entities: Iterable[Span]) -> bool:
    """No finding but a knot location (or a `_SHARED` red flag) shares the cue's words."""
    return not any(
        entity.start < cue.end and cue.start < entity.end and not _may_share(cue, entity)
        for entity in entities
    )


def _may_share(cue: Span, entity: Span) -> bool:
    return entity.label_ == KNOT_LOCATION or (
        entity.label_ == RED_FLAG and (cue.id_, entity.id_) in _SHARED
    )


def _with_value(cue: Span, value: str) -> Span:
    return Span(cue.doc, cue.start, cue.end, label=WARNING_CUE, span_id=value)
