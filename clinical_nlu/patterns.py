"""What the assistant listens for: labels, values and the phrasings of each.

The tables are written in the notation of `clinical_nlu.notation` (``a|b`` = one
token, one of the alternatives; UPPER = a vocabulary group; ``?*+`` = spaCy
operators); the lay phrasings of the red flags live in `clinical_nlu.lay_terms`
and are merged in here. The ruler matches on NORM, which
`clinical_nlu.spelling` sets to the vocabulary word a misspelled or inflected
token stands for; common misspellings are still spelled out where they are
short (3 letters or fewer are never corrected) or close to another word.

* `TARGETS` -- label -> value -> phrasings of the finding itself.
* `SAID_ABSENT` -- phrasings that deny a finding without a negation cue the
  ConText rules could see ("my neck is fine", "kneeling doesn't hurt").
* `SAID_VAGUELY` -- an odd feeling where a finding would be ("my chest feels
  weird"): uncertain.
* `IGNORED` -- idioms that would otherwise match ("on the other hand"); being
  longer, they shadow the shorter match and are then dropped.

The entity ruler keeps the longest match, so "pain in my neck" is a symptom
only and "shoulder blades" is mid_back, never shoulder.
"""

from typing import Dict, List, Set, Tuple

from clinical_nlu.lay_terms import (
    LAY_IGNORED,
    LAY_RED_FLAGS,
    LAY_SAID_ABSENT,
    LAY_SAID_VAGUELY,
    LAY_VOCAB,
)
from clinical_nlu.notation import expand, pattern_words
from triage.contract import (
    ENTITY_EQUIPMENT,
    ENTITY_KNEELING_PROBLEM,
    ENTITY_RED_FLAG,
    ENTITY_SELF_CARE_TRIED,
    ENTITY_SYMPTOM,
    KNOT_LOCATION,
    LOWER_BACK,
    MID_BACK,
    NECK,
    NECK_PAIN,
    NERVE_SYMPTOMS,
    OTHER_PLACE,
    SHOULDER,
)

Table = Dict[str, Dict[str, Tuple[str, ...]]]

SYMPTOM = ENTITY_SYMPTOM
RED_FLAG = ENTITY_RED_FLAG
SELF_CARE_TRIED = ENTITY_SELF_CARE_TRIED
EQUIPMENT = ENTITY_EQUIPMENT
KNEELING_PROBLEM = ENTITY_KNEELING_PROBLEM

IGNORE_LABEL = "_ignored"
ABSENT_MARK = "!absent"
UNCERTAIN_MARK = "!uncertain"
MATCH_ATTR = "NORM"

_CORE_VOCAB = {
    # --- function words -------------------------------------------------------
    "DET": "my|the|both|a|an|this|that|these|those|me|mah|mine|our|your|ur",
    "SIDE": "left|SIDE_NOT_LEFT",
    "SIDE_NOT_LEFT": "right|lt|rt|both|lower|upper|inner|outer",
    "ADV": (
        "a|bit|little|lil|kind|kinda|sort|sorta|of|really|rly|very|so|pretty|quite|properly"
        "|super|too|also|still|always|sometimes|often|just|slightly|somewhat|rather"
        "|extremely|fairly|mildly|definitely|actually|now|more|most|even|especially"
        "|mostly|mainly|particularly|totally|completely|bloody|damn|freaking|real"
        "|proper|all|getting|generally|overall|feeling"
    ),
    "BE": (
        "is|are|was|were|'s|s|'re|am|'m|be|been|being|feels|feel|felt|gets|get|got"
        "|gotten|has|have|had|'ve|seems|seem|seemed|keeps|keep|kept|goes|go|going"
        "|went|gone|does|do|did|becomes|become|became|starts|started|starting|will"
        "|'ll|would|'d|can|could|tends|tend|to"
    ),
    "NOT": "not|n't|nt|never",
    "CANT": ("ca|can|could|wo|would n't|nt|not", "unable to?"),
    "IN": (
        "in|on|at|of|around|across|along|near|to|into|behind|under|by|with|down|through"
        "|up|towards|toward"
    ),
    "DIFFICULTY": (
        "hard|difficult|difficulty|trouble|struggling|struggle|struggles|struggled"
        "|problems|problem|issues|issue|tough|unable"
    ),
    # --- body -----------------------------------------------------------------
    "NECK": "neck|nek|necks|kneck|neckk|nekc|neks",
    "SHOULDER": (
        "shoulder|shoulders|sholder|sholders|shouder|shouders|shoudler|shoudlers"
        "|shoulde|soulder|soulders|shouldr|shouler|shoulers|sholdr|shldr|shldrs"
    ),
    "SHOULDERS": "shoulders|sholders|shouders|shoudlers|soulders|shoulers|shldrs",
    "BLADE": "blade|blades|blad|blads|bladez|balde|baldes|bladess",
    "BACK": "back|bak|bakc|backk|bck",
    "BETWEEN": (
        "between|betwen|betweeen|inbetween|btwn|bewteen|beetween|betwee|inbetwen|betwixt|twixt"
    ),
    "CHEST": "chest|chst|chesst|chestt|cheast|breastbone|sternum",
    "JAW": "jaw|jaws|jawline|jawbone",
    "HAND_PART": "arm|arms|HAND_NOT_ARM",
    "HAND_NOT_ARM": (
        "forearm|forearms|hand|hands|finger|fingers|fingertips|fingertip|thumb|thumbs"
        "|wrist|wrists|pinky|pinkie|palm|palms|elbow"
    ),
    "LEG": "leg|legs|lgs|foot|feet|toe|toes|thigh|thighs|calf|calves|shin|shins",
    "KNEE": "knee|knees|kneecap|kneecaps|knes",
    "KNEEL": "kneel|kneeling|kneelin|kneling|knealing|knelt|kneeled|knelling|kneels",
    "GROIN": "groin|crotch|saddle|genitals|genital|privates|perineum",
    "BLADDER": (
        "bladder|bowel|bowels|urine|pee|wee|poo|poop|toilet",
        "bladder|bowel or|and|/ bowel|bowels|bladder",
    ),
    "SHOULDER_BLADES": (
        "shoulderblade|shoulderblades|sholderblades|shoulderblad|scapula|scapulae|scapulas"
        "|scap|scaps",
        "SHOULDER -? BLADE",
        "wing -? bone|bones",
        "wingbone|wingbones",
    ),
    "OTHER_BODY_PART": (
        "calf|calves|leg|legs|thigh|thighs|hamstring|hamstrings|quad|quads|arm|arms"
        "|forearm|forearms|bicep|biceps|tricep|triceps|hand|hands|foot|feet|glute"
        "|glutes|buttock|buttocks|butt|bum|hip|hips|stomach|tummy|belly|abdomen|abs"
        "|JAW|pec|pecs|pectoral|pectorals|shin|shins|scalp|temple|temples|forehead"
    ),
    "NECK_PLACE": ("NECK", "back|base|side|nape of DET? NECK"),
    # --- how things feel ------------------------------------------------------
    "NUMB": (
        "numbness|numb|numbnes|numbess|numness|numbnss|numbish|numbe|nummness|numbnness"
        "|tingling|tingle|tingles|tingled|tingly|tinglin|tinglng|tingeling|tinglling"
        "|tinling|tinglings|tinglyness|prickling|prickly|pricking|buzzing"
    ),
    "PINS": ("pins -? and|&|n|'n|an -? needles",),
    "NERVE_FEELING": ("NUMB", "PINS", "weakness|weak|heaviness|weaknes"),
    "ALSO_NERVE": ("and|or|/|, NERVE_FEELING",),
    "PAIN_NOUN": (
        "pain|pains|ache|aches|aching|soreness|stiffness|tightness|tension|discomfort"
        "|spasm|spasms|cramp|cramps|cramping|twinge|twinges|crick|kink|problems|problem"
        "|issues|issue|trouble|strain|pian|pane|soarness"
    ),
    "HURT": (
        "hurt|hurts|hurting|hurted|hurtin|ache|aches|aching|achy|achey|achin|sore|soar"
        "|stiff|tight|tender|painful|throbs|throbbing|twinges|stings|kills|stiffening"
        "|seized|seizing|locked|cricked|bothering|bothers|agony"
    ),
    "PAINFUL": (
        "HURT",
        "killing|kills|killin me",
        "bothering|bothers|bugging me",
        "playing|plays|acting|acts up",
        "in pain|agony",
        "giving me grief|trouble|hell",
        "seized|locked up",
    ),
    "FINE": (
        "fine|ok|okay|okey|k|good|alright|aight|normal|great|perfect|grand|fin|fien"
        "|painless|better|unaffected|painfree",
        "all right",
        "no problem|problems|issue|issues|bother",
        "not a problem|an issue",
        "pain -? free",
    ),
    "NUMBISH": (
        "numb|tingly|tingling|tingle|tingles|asleep|dead|weak|weaker|numbish|buzzing|prickly",
        "fall|falls|falling|fell asleep",
        "go|goes|going|went to sleep",
        "PINS",
    ),
    "LEG_FEELING": (
        "numb|weak|tingly|tingling|tingle|heavy|wobbly|asleep|dead|shaky|numbish",
        "like jelly",
        "give|gives|giving|gave way|out",
        "buckle|buckles|buckling|buckled|collapse|collapses|collapsing|collapsed",
        "fall|falls|falling|fell asleep",
        "go|goes|going|went to sleep",
        "not|n't working",
        "PINS",
    ),
    "CHEST_FEEL": ("PAINFUL", "heavy|tight|tighter|constricted|squeezed|crushed|compressed"),
    "CHEST_ADJ": ("tight|heavy|painful|sore|crushing|squeezing|sharp|dull|stabbing|aching|achy"),
    "CHEST_NOUN": (
        "PAIN_NOUN",
        "pressure|heaviness|weight|squeezing|crushing|feeling|sensation|elephant|tightening",
    ),
    "SPREADS": (
        "spreading|spreads|spread|radiating|radiates|radiated|radiate|moving|moves|moved"
        "|travelling|traveling|travels|travelled|traveled|extending|extends|extended"
    ),
    "SHOOTS": "shooting|shoots|shot|running|runs|ran|burning|burns|zapping|zaps|tingling|tingles",
    "NERVE_PAIN": (
        "shooting|burning|electric|electrical|zapping|zinging|stabbing|tingling|tingly"
        " pain|pains|sensation|sensations|feeling|shocks|shock",
        "electric shock|shocks",
    ),
    "AT_REST": (
        "at rest",
        "lying|lie|laying|sitting|keeping|staying|keep still|motionless",
        "even? when|while|if i? 'm|am? REST_STATE",
    ),
    "REST_STATE": ("resting|still", "lying|sitting still", "not moving", "doing nothing"),
    "ALL_THE_TIME": (
        "constantly|continuously|nonstop|24/7",
        "24 - 7",
        "all day and night",
        "day and night",
        "all the time",
        "around|round the clock",
        "non -? stop",
    ),
    "NIGHT": (
        "at|during|in the? night|nights|nighttime",
        "at|during|in the? night - time",
        "overnight",
    ),
    "WITHOUT_TRYING": (
        "without|w/o even? trying|dieting|reason|explanation",
        "without meaning to",
    ),
    "LOSE": "lost|losing|lose|loses|dropped|dropping|drop|shed|shedding|shedded",
    "AMOUNT": (
        "a|lot|lots|of|loads|heaps|tons|bunch|much|so|some|quite|bit|ton|load|few|nearly"
        "|almost|about|around|over|like|half|roughly|more|than|least|at|well|just|an"
        "|couple|getting|on|for|already|stones"
    ),
    "WEIGHT_UNIT": "weight|kilos|kilo|kg|kgs|pounds|lbs|lb|stone|pound",
    "UNEXPLAINED": (
        "unexplained|unintentional|unintended|unexpected|sudden|rapid|significant"
        "|dramatic|unexplainable|random"
    ),
    "FEEL": "feel|feels|feeling|felt|feelin",
    "UNWELL": (
        "unwell|ill|rough|awful|terrible|crap|crappy|lousy|poorly|rubbish|horrible"
        "|dreadful|shit|shitty|grotty|yucky|ropey|ropy",
        "under the weather",
        "run -? down",
        "rundown",
        "like death|crap|shit|rubbish",
    ),
    "UNWELL_STATE": ("unwell|ill|poorly|rundown", "run -? down", "under the weather"),
    # Not "right": "it doesn't feel right" is about the knot (feels_not_right).
    "WELL": "well|good|great|myself|ok|okay|100|normal",
    # --- what happened ------------------------------------------------------
    "VEHICLE": (
        "car|road|traffic|motorbike|motorcycle|bike|bicycle|cycling|skiing|ski|sports"
        "|sporting|rugby|football|riding|horse|driving"
    ),
    "CRASH": "crash|accident|collision|smash|wreck",
    "FALL": "fall|fell|falling|fallen",
    "HEIGHT": (
        "height|heights|ladder|roof|horse|bike|bicycle|motorbike|scaffold|scaffolding"
        "|wall|tree|balcony|trampoline|building|cliff|stairs|staircase"
    ),
    "HIT_BY": "car|truck|bus|van|vehicle|bike|cyclist|motorbike|lorry",
    # --- knees ------------------------------------------------------------------
    "BAD_KNEE": (
        "bad|sore|painful|dodgy|weak|arthritic|injured|wonky|crappy|dicky|gammy|achy"
        "|stiff|swollen|busted|shot|wrecked|knackered|terrible"
    ),
    "KNEELING_HARD": (
        "hard|difficult|uncomfortable|impossible|tough|agony|awkward|problematic|excruciating|bad"
    ),
}


VOCAB = {**_CORE_VOCAB, **LAY_VOCAB}


def _said_bad(subject: str, bad: str = "PAINFUL") -> str:
    """'<subject> is/feels/has been ... <bad>' -- a complaint about the subject."""
    return f"{subject} BE* ADV* {bad}"


def _said_fine(subject: str, bad: str = "PAINFUL") -> Tuple[str, ...]:
    """'<subject> doesn't hurt' / '<subject> is fine' -- the complaint denied."""
    return (f"{subject} BE* NOT BE* ADV* {bad}", f"{subject} BE* ADV* FINE")


TARGETS: Table = {
    KNOT_LOCATION: {
        MID_BACK: (
            "SHOULDER_BLADES",
            "in? BETWEEN DET? SHOULDERS",
            "mid|middle|midd|upper|uppper|central|center|centre -? BACK",
            "midback|upperback|midbak",
            "middle|center|centre|top|mid|upper part? of DET? BACK|spine",
            "thoracic|thoracics|thorasic|tspine|rhomboid|rhomboids|rhomboyd|rhomboyds",
            "t -? spine",
            "upper|mid|middle spine",
        ),
        LOWER_BACK: (
            "lower|low|bottom -? BACK",
            "lowerback|lowback|lumbar|lumber|tailbone|coccyx",
            "lower|lumbar spine",
            "small|bottom of DET? BACK",
            "base of DET? spine",
            "above DET? hips|hip|tailbone|coccyx|butt|bum",
            "above|near|by|at|over DET? waist|waistband|belt|beltline|waistline",
            "belt line",
        ),
        NECK: (
            "NECK_PLACE",
            "nape",
            "base of DET? skull|head",
            "cervical spine?",
        ),
        SHOULDER: (
            "SHOULDER",
            "top of DET? SHOULDER",
            "SHOULDER joint|joints",
            "trapezius|traps|trapz|trap|trapezious|trapezuis|deltoid|deltoids|delts",
            "rotator cuff",
        ),
        OTHER_PLACE: (
            "OTHER_BODY_PART",
            "CHEST wall|muscle|muscles",
            "back|side|top of DET? head",
            "hip flexor|flexors",
        ),
    },
    SYMPTOM: {
        NECK_PAIN: (
            "HURT|bad|wry ADV? NECK",
            "hurt|pulled|strained|tweaked|cricked|injured|ricked DET NECK",
            "NECK_PLACE PAIN_NOUN",
            "neckache|neckpain|crick|cricked",
            _said_bad("NECK_PLACE"),
            _said_bad("NECK_PLACE and DET? SHOULDER"),
            "PAIN_NOUN IN DET? NECK_PLACE",
            "PAIN_NOUN IN DET? NECK_PLACE and DET? SHOULDER",
            "HURT|hard|difficult to turn|move|twist|rotate|look DET? head|NECK",
            "CANT turn|move|twist|rotate DET? head|NECK",
            "HURT|PAIN_NOUN ADV* when|whenever|if i? turn|move|twist|rotate|look DET? head|NECK",
        ),
        NERVE_SYMPTOMS: (
            "NUMB",
            "PINS",
            "NERVE_FEELING ALSO_NERVE? IN DET? SIDE? HAND_PART",
            "SIDE? HAND_PART BE* ADV* NUMBISH",
            "weak ADV? DET? SIDE? HAND_PART|grip",
            "grip BE* ADV* weak|weaker|bad|poor|gone",
            "grip strength",
            "losing|lost|lose DET? grip",
            "dropping|drop|dropped|drops things|stuff|objects|cups|mugs|glasses|everything",
            "CANT feel DET? SIDE? HAND_PART",
            "NERVE_PAIN",
            "NERVE_PAIN IN DET? SIDE? HAND_PART",
            "PAIN_NOUN|it? SHOOTS IN DET? SIDE? HAND_PART",
            # "down my left arm" is the red flag pain_to_jaw_or_arm
            "PAIN_NOUN|it? going|goes|went down DET? SIDE_NOT_LEFT? HAND_PART",
            "PAIN_NOUN|it? going|goes|went down DET? left HAND_NOT_ARM",
            "pinched|trapped|compressed nerve|nerves",
            "nerve pain|pains|damage|problems|problem|issue|issues",
            "radiculopathy",
        ),
    },
    RED_FLAG: {
        "chest_pain": (
            "CHEST CHEST_NOUN",
            _said_bad("CHEST", "CHEST_FEEL"),
            "CHEST_ADJ? CHEST_NOUN IN DET? CHEST",
            "CHEST_ADJ ADV? CHEST",
            "angina|heartattack",
            "heart attack|attacks|pain",
            "cardiac pain",
        ),
        "shortness_of_breath": (
            "short|shortness -? of -? breath|breathe|breth AT_REST?",
            "out|outta of? breath AT_REST?",
            "breathless|breathlessness|breathles|winded AT_REST?",
            "CANT breathe|breath|breth|breathing",
            "CANT catch|get DET? breath",
            "CANT get enough air",
            "DIFFICULTY|labored|laboured ADV? to|with? breathe|breathing|breath|breth|breathin",
            "hard time breathing",
            _said_bad("breathing", "hard|difficult|laboured|labored|shallow|tight|painful|tough"),
            "gasping|gasp for? air|breath",
            "air hunger",
        ),
        "pain_to_jaw_or_arm": (
            "PAIN_NOUN|it? SPREADS ADV* IN+ DET? SIDE? JAW|arm|arms",
            "PAIN_NOUN|it? going|goes|went into|to|up DET? SIDE? JAW|arm|arms",
            "JAW PAIN_NOUN",
            _said_bad("JAW"),
            "PAIN_NOUN IN DET? JAW",
            "sore|aching|achy|painful|tender JAW",
            _said_bad("left arm"),
            "PAIN_NOUN IN DET? left arm",
            "left arm PAIN_NOUN",
        ),
        "sweating_or_nausea": (
            "sweating|sweaty|sweats|sweat|swetting|sweatin|swetty|clammy|diaphoretic"
            "|nausea|nauseous|nauseated|nausious|nauseus|naucious|nausia|queasy|vomiting"
            "|vomit|vomited|vomitting|puking|puke|puked",
            "cold sweat|sweats",
            "throwing|threw|throw up",
            "sick to|in DET? stomach",
            "feel|feels|feeling|felt like ADV? being? sick",
        ),
        "bladder_bowel_control": (
            "loss|lost|losing|lose|no of? BLADDER control",
            "loss|lost|losing|lose control of|over DET? BLADDER",
            "CANT control|hold DET? BLADDER",
            "wet|wetting|peed|peeing|pooed|pooped|soiled|soiling myself",
            "incontinence|incontinent|incontinant|incontinance",
            "CANT pee|urinate|wee|poo|poop",
            "DIFFICULTY peeing|urinating|weeing",
            "BLADDER problems|issues|accidents|leakage|leaking|incontinence",
            "NUMB IN DET? GROIN area|region?",
            "numb|tingly ADV? GROIN",
            _said_bad("GROIN", "numb|tingly|tingling"),
            "saddle anaesthesia|anesthesia",
        ),
        "leg_weakness_or_numbness": (
            "numb|weak|weakened|tingly|tingling|heavy|wobbly|shaky|dead|jelly ADV? SIDE? LEG",
            "NERVE_FEELING ALSO_NERVE? IN DET? SIDE? LEG",
            "SIDE? LEG BE* ADV* LEG_FEELING",
            "DIFFICULTY ADV? to? walk|walking|stand|standing",
            "hard time walking|standing",
            "CANT ADV? walk|stand properly|straight|normally|far|upright?",
            "can|could barely|hardly walk|stand",
            "foot drop",
            "dragging DET? foot|leg",
            "unsteady on DET? feet",
        ),
        "major_injury": (
            "VEHICLE+ CRASH",
            "CRASH|accidents|crashes|pileup|rta|mva|rtc|whiplash|trauma",
            "FALL from|off DET? HEIGHT",
            "FALL down DET? stairs|steps|staircase",
            "bad|nasty|big|serious|heavy|hard|major ADV? fall|tumble|injury|collision|tackle",
            "had|have|having|took|take a fall|tumble",
            "fell hard|badly|heavily",
            "hit|struck|knocked|run over|down? by DET? HIT_BY",
            "tackle|tackled|tackling|collided|clash|clashed",
            "broke|broken|fractured|fracture|cracked DET? rib|ribs|back|spine|vertebra|vertebrae",
        ),
        "fever_or_chills": (
            "fever|fevers|feverish|fevery|fevr|feaver|feavor|febrile|pyrexia|temperature"
            "|temprature|tempature|chills|shivering|shivers|shivery|rigors|rigours",
            "high temp",
            "the chills",
            "night sweats|sweat|sweating",
            "hot and cold",
            "burning up",
        ),
        "weight_loss": (
            "UNEXPLAINED ADV? weight -? loss",
            "LOSE AMOUNT* #NUM? WEIGHT_UNIT WITHOUT_TRYING?",
            "weight -? loss WITHOUT_TRYING",
            _said_bad("weight", "dropping|dropped|falling|fallen"),
        ),
        "cancer_history": (
            "cancer|cancers|canser|cancr|tumour|tumor|tumours|tumors|chemo|chemotherapy"
            "|radiotherapy|malignancy|malignant|carcinoma|lymphoma|leukemia|leukaemia"
            "|melanoma|myeloma|sarcoma|metastasis|metastases|metastatic|oncologist|oncology",
            "radiation therapy|treatment",
        ),
        "night_or_rest_pain": (
            "worse|worst|bad|painful|hurts|hurt|aches|throbs|sore|awful|terrible ADV* NIGHT",
            "PAIN_NOUN ADV* NIGHT",
            "night|nighttime|nocturnal pain|pains|aching|ache",
            "wakes|woke|waking|wake|woken|waken|wakens me ADV* up|awake? ADV* NIGHT?",
            "keeps|kept|keeping|keep me ADV* up|awake ADV* NIGHT?",
            "CANT sleep because|cause|cos|from|with of? DET? pain|it|knot",
            "constant|continuous|unrelenting|relentless PAIN_NOUN?",
            "PAINFUL ADV* ALL_THE_TIME",
            "pain|there ADV* ALL_THE_TIME",
            "never ADV* goes|go|stops|stop|eases|ease|lets|let away|off|up?",
            "even? AT_REST",
        ),
        "feeling_unwell": (
            "FEEL ADV* UNWELL",
            "generally|really|very|quite ADV* unwell|ill|poorly",
            "unwell|malaise|fluish|fluey",
            "flu -? like|ish? symptoms?",
            "flu",
            "NOT FEEL ADV* WELL",
            "FEEL ADV* awful|terrible|rough|rubbish|crap in myself",
            "BE ADV* UNWELL_STATE",
            "'m|am|is|are|'re|get|gets|getting|got so|really|very|quite? sick",
        ),
    },
    SELF_CARE_TRIED: {
        "stretching_massage": (
            "stretching|stretches|stretched|stretch|streching|strech|streched|stretchs"
            "|stretchin|strectching|stretchng|stretchig|strecthing|yoga|pilates|massage"
            "|massages|massaged|massaging|masage|masages|massge|massag|masssage|massager"
            "|theragun|hypervolt",
            "massage|percussion gun|ball|balls|therapist|therapy",
            "foam -? rolling|rolled|roll",
            "rolled|rolling|roll it|them out|on",
            "rolled|rolling|roll DET? knot|knots out|on?",
            "lacrosse|tennis|massage|trigger|spiky|golf|peanut ball|balls",
            "rubbed|rubbing|rub|rubs it|them",
            "rubbed|rubbing|rub|rubs DET? knot|knots|back|area|SHOULDER",
            "physio|physiotherapy|pt exercises|stretches|routine|program|programme",
            "physio|physiotherapy",
            "physical therapy",
        ),
    },
    EQUIPMENT: {
        "foam_roller": (
            "foam -? roller|rollers|roler|rolller|rollar",
            "foamroller|foamrollers|roller|rollers|roler",
        ),
    },
    KNEELING_PROBLEM: {
        "kneeling": (
            _said_bad("KNEEL", "PAINFUL"),
            _said_bad("KNEEL", "KNEELING_HARD"),
            "KNEEL BE* ADV* a|an problem|issue|struggle|nightmare|pain",
            "HURT|hard|difficult|impossible|uncomfortable|painful|agony to|when|if i? KNEEL",
            "CANT KNEEL",
            "DIFFICULTY ADV? to|with? KNEEL",
            "hard time KNEEL",
            "BAD_KNEE ADV? KNEE",
            "KNEE PAIN_NOUN|injury|injuries|surgery|replacement|replacements|arthritis",
            _said_bad("KNEE", "PAINFUL"),
            _said_bad("KNEE", "BAD_KNEE"),
            "PAIN_NOUN|arthritis IN DET? KNEE",
        ),
    },
}

TARGETS[RED_FLAG] = {
    value: specs + LAY_RED_FLAGS.get(value, ()) for value, specs in TARGETS[RED_FLAG].items()
}

SAID_ABSENT: Table = {
    SYMPTOM: {
        NECK_PAIN: _said_fine("NECK_PLACE")
        + (
            "NECK_PLACE moves|turns|move|turn ADV* FINE",
            "NECK_PLACE moves|turns|move|turn ADV* freely|normally",
        ),
    },
    RED_FLAG: {
        "chest_pain": _said_fine("CHEST"),
        "shortness_of_breath": _said_fine("breathing") + ("can|could ADV* breathe|breath",),
        "pain_to_jaw_or_arm": _said_fine("JAW") + _said_fine("left arm"),
        "leg_weakness_or_numbness": _said_fine("LEG", "LEG_FEELING")
        + _said_fine("walking")
        + ("can|could ADV* walk",),
        **LAY_SAID_ABSENT,
    },
    KNEELING_PROBLEM: {
        "kneeling": _said_fine("KNEEL")
        + _said_fine("KNEE")
        + ("can|could ADV* KNEEL", "no|zero DIFFICULTY ADV? with? KNEEL"),
    },
}

IGNORED = (
    "on the other hand|hands",
    "other hand",
    "hand in hand",
    "give|lend|need|want DET? hand",
    "like|size DET? golf|tennis|ping|lacrosse ball|balls",
    "size of DET? golf|tennis|ping|lacrosse ball|balls",
    "heads up",
    "by accident",
    "flu shot|jab|jabs|vaccine|vaccination",
    "trying|try|want|wanting|need|needs|needed|planning|plan|hoping to lose|loose weight",
    "weight -? loss program|programme|diet|plan|journey|goal|goals|surgery|injections|jab",
    "weight -? loss drug|drugs|meds|medication",
    "LOSE AMOUNT* weight on purpose",
    "roller coaster|coasters|skates|skating|blind|blinds|derby|rink",
    "forearm|forearms roller? slides|slide|sliding|lifts",
    "BE|FEEL? ADV* sick of",
    "no sweat",
) + LAY_IGNORED

SAID_VAGUELY: Table = {RED_FLAG: LAY_SAID_VAGUELY}


def ruler_patterns() -> List[dict]:
    """All tables as spaCy EntityRuler patterns (ids carry value and polarity)."""
    rows = [(label, value, spec, value) for label, value, spec in _rows(TARGETS)]
    rows += [(label, value, spec, value + ABSENT_MARK) for label, value, spec in _rows(SAID_ABSENT)]
    rows += [
        (label, value, spec, value + UNCERTAIN_MARK) for label, value, spec in _rows(SAID_VAGUELY)
    ]
    rows += [(IGNORE_LABEL, "", spec, "") for spec in IGNORED]
    return [
        {"label": label, "id": pattern_id, "pattern": pattern}
        for label, _, spec, pattern_id in rows
        for pattern in expand(spec, VOCAB, MATCH_ATTR)
    ]


def vocabulary() -> Set[str]:
    """Every word the tables match on (what misspellings are corrected to)."""
    return pattern_words((row["pattern"] for row in ruler_patterns()), MATCH_ATTR)


def _rows(table: Table) -> List[Tuple[str, str, str]]:
    return [
        (label, value, spec)
        for label, values in table.items()
        for value, specs in values.items()
        for spec in specs
    ]
