"""The warning signs as people say them in their own words.

Images ("like an elephant on my chest"), everyday and British idioms ("puffed
out", "trouble holding my wee", "came off my bike"), other units ("lost nearly
a stone") and signs seen from outside ("my jeans are falling off me").
`clinical_nlu.patterns` adds these rows to its tables. They are written in the
notation of `clinical_nlu.notation` and use `LAY_VOCAB` and `patterns.VOCAB`.

* `LAY_RED_FLAGS` -- red-flag value -> lay phrasings of the sign itself.
* `LAY_SAID_VAGUELY` -- an odd feeling where a sign would be ("my chest feels
  weird"): an `uncertain` finding, so that the assistant asks about it.
* `LAY_SAID_ABSENT` -- that place said to be fine ("my bladder's fine").
* `LAY_IGNORED` -- idioms that would otherwise match ("sick and tired").
"""

from typing import Dict, Tuple

Rows = Dict[str, Tuple[str, ...]]

LAY_VOCAB = {
    "NO_WAY_TO": ("CANT", "NOT", "NOT ADV? able to"),
    # --- chest --------------------------------------------------------------
    "HEAVY_THING": (
        "weight|elephant|brick|bricks|rock|boulder|anvil|tonne|ton|band|belt|vice|vise"
        "|strap|rope|clamp|bar"
    ),
    "SOMEONE": "someone|somebody|something|an|a|the|DET|HEAVY_THING",
    "PRESSES": (
        "sitting|sat|sits|pressing|presses|pressed|pushing|pushes|pushed|standing|stood"
        "|lying|crushing|crushes|squeezing|squeezes|squeezed|tightening|tightens|wrapped"
        "|clamped|stamping|kneeling|pulled|pulling"
    ),
    "ROUND": "round|around|across|on|over|upon|onto|against|in",
    "SQUASHED": (
        "squashed|crushed|squeezed|constricted|compressed|clamped|tightening|tightens"
        "|tightened|gripping|gripped|clenching|clenched|caving|closing|pressing"
    ),
    "ODD": ("weird|funny|odd|strange|off|wrong|different|unusual|peculiar|bizarre|wierd|werid"),
    # --- breathing ---------------------------------------------------------
    "FULL_BREATH": "full|deep|proper|good|decent|big|whole|enough|normal|real",
    "GASP": "struggling|struggle|struggled|fighting|fight|gasping|gasp|gasped|panting",
    "BREATHING_BAD": (
        "fast|rapid|heavy|heavier|laboured|labored|shallow|wheezy|rough|tight|harder|noisy"
        "|raspy|short"
    ),
    # --- jaw and arm --------------------------------------------------------
    "GOES": (
        "going|goes|go|went|gone|spreading|spreads|spread|radiating|radiates|radiated"
        "|moving|moves|moved|travelling|traveling|travels|travelled|traveled|extending"
        "|extends|creeping|creeps|crept|shooting|shoots|shot|running|runs|ran"
    ),
    "GOES_NOT_NERVE": (
        "going|goes|go|went|gone|spreading|spreads|spread|radiating|radiates|radiated"
        "|moving|moves|moved|travelling|traveling|travels|travelled|traveled|extending"
        "|extends|creeping|creeps|crept"
    ),
    "TOWARDS": "into|to|up|down|towards|toward|through|in|along|round|around",
    "SUBJECT": "PAIN_NOUN|it|this|that|knot",
    # --- sweating and nausea ------------------------------------------------
    "SICKISH": "sick|sicky|queasy|nauseous|nauseated|nauseas|nauseaus|queezy|queesy|green",
    "SOAKED": "drenched|soaked|soaking|dripping|wet|pouring|wringing|covered",
    # --- bladder and bowels -------------------------------------------------
    "NEED_TO_GO": (
        "i ADV? need|needed|have|had|want|wanted to go|pee|wee|poo|poop|urinate",
        "i 'm|am|was ADV? going|peeing|weeing|pooing|done|finished",
        "im|i'm ADV? going|peeing|weeing|pooing|done|finished",
        "my? bladder BE* ADV* full|empty",
        "i 'm|am|was on DET toilet|loo",
    ),
    "HOLDING": "holding|hold|controlling|control|stopping|stop|keeping",
    "WEE": "wee|pee|urine|flow|bladder|bowels|bowel|poo|poop|wind|waterworks",
    "WATERWORKS": "bladder|bowel|bowels|toilet|weeing|peeing|waterworks",
    "LEAKING": "leaking|leak|leaks|leaked|leakage|dribbling|dribble|dribbles|dribbled",
    "WET": (
        "wet|wetting|wets|peed|peeing|pee|pees|pooed|pooing|poo|pooped|pooping|poop"
        "|soiled|soiling|soil|weed|weeing|wee|pissed|pissing|piss|messed|messing"
    ),
    "HAD": "had|have|having|has|'ve|'d|keep|keeps|kept|been",
    "ACCIDENT_FILL": "a|an|few|couple|some|little|lil|small|slight|of|bit|ADV",
    "SADDLE": (
        "groin|crotch|saddle|genitals|genital|privates|perineum|bum|bottom|backside|butt"
        "|buttocks|arse|ass|anus|undercarriage|bits|nethers|vagina|penis"
    ),
    "NUMBED": "numb|numbness|tingly|tingling|dead|numbish",
    # --- legs and walking ---------------------------------------------------
    "WOBBLY": "wobbly|unsteady|shaky|unstable|weak",
    "STUMBLE": (
        "tripping|trip|trips|tripped|stumbling|stumble|stumbles|stumbled|falling|fall"
        "|falls|fell|staggering|staggered|stagger|swaying|veering"
    ),
    "BALANCE_OFF": (
        "off|bad|poor|gone|terrible|wonky|awful|shot|rubbish|dodgy|worse",
        "all over DET? place",
    ),
    # --- injuries ------------------------------------------------------------
    "CAME_OFF": "came|come|comes|fell|thrown|flew|flung|knocked|catapulted|flipped|bucked",
    "RIDE": (
        "bike|bicycle|motorbike|motorcycle|horse|scooter|moped|skateboard|ebike|quad"
        "|handlebars|pony|snowboard|skis|bonnet|hood"
    ),
    "CRASHED": "crashed|crash|wrecked|totalled|totaled|smashed|rolled|flipped|pranged",
    "MY_VEHICLE": "car|bike|motorbike|motorcycle|van|truck|vehicle|lorry|motor|quad|scooter",
    "OBSTACLE": "car|wall|tree|van|truck|lorry|barrier|post|lamppost|pole|bus|kerb|curb",
    "TUMBLE": "fell|fall|falling|fallen|tumbled|tumble|tumbling|slipped|slip|slipping|toppled",
    "DROP": ("HEIGHT|steps|loft|stepladder|bunk|platform|rock|rocks|window|hatch"),
    "ACCIDENT_WHERE": "at|on|while|during|when|playing|in",
    "ACCIDENT_PLACE": (
        "work|home|school|gym|job|site|road|motorway|ice|match|game|training|football"
        "|rugby|skiing|riding|cycling|driving|playing|sport|sports|car|bike|street"
    ),
    # --- fever ----------------------------------------------------------------
    "TEMP": "temperature|temp|temps|fever|temprature|tempature",
    "COLD_SHAKES": "shaking|shivering|shaky|trembling|shuddering|shivery|freezing",
    # --- weight ------------------------------------------------------------------
    "CLOTHES": (
        "clothes|jeans|trousers|pants|shirts|shirt|belt|rings|ring|dresses|dress|tops"
        "|top|skirt|skirts|bra|waistband|joggers|leggings|shorts|jumper|jumpers|suit"
    ),
    "LOOSE": "hanging|falling|loose|looser|baggy|baggier|big|bigger|swimming|slipping",
    "CLOTHING": "dress|clothes|trouser|jean|clothing|belt",
    "DROPPING": (
        "dropping|falling|pouring|coming|melting|dropped|fallen|plummeting|plummeted|gone|going"
    ),
    "THIN": "thin|skinny|gaunt|skeletal|bony|scrawny|emaciated",
    # --- cancer --------------------------------------------------------------------
    "CANCER_WORD": (
        "cancer|cancers|canser|cancr|tumour|tumor|tumours|tumors|malignancy|malignant"
        "|carcinoma|lymphoma|leukemia|leukaemia|melanoma|myeloma|sarcoma"
    ),
    # --- night and rest ------------------------------------------------------------
    "EASE": (
        "ease|eases|eased|easing|settle|settles|settled|improve|improves|improved|change"
        "|changes|changed|stop|stops|stopped|shift|shifts|budge|budges|lessen|lessens"
        "|go|goes|better"
    ),
    "RESTING": (
        "rest|resting|rested|lie|lying|laying|lay|sleep|sleeping|relax|relaxing|stop"
        "|stopped|stopping",
        "lie|lay|lying|laying down|flat|still",
        "sit|sitting still|down",
        "go|get|got|going to bed|sleep",
        "in bed",
        "keep|keeping|stay|staying still",
    ),
    # plain "it hurts when I lie on it" is pressure on the knot: only a warning cue
    "WORSE": "worse|worst|agony|unbearable|excruciating|horrendous",
    "WITH": "when|with|if|while|even|by|after|from",
    "ON_PURPOSE": (
        "purpose|dieting|diet|exercise|exercising|running|slimming|calorie|calories"
        "|deliberately|intentionally|mounjaro|ozempic|wegovy"
    ),
    # --- feeling unwell ------------------------------------------------------------
    "ROTTEN": (
        "rotten|grim|peaky|peaked|wretched|crummy|lousy|rough|awful|terrible|rubbish|crap"
        "|dreadful|horrible|grotty|ropey|ropy|yuck|yucky|bleugh|bleurgh|ghastly|ill"
        "|unwell|poorly"
    ),
    "MYSELF": "myself|meself",
    "WIPED": "wiped|washed|wrung|burnt|burned",
    "ILLNESS": "something|summat|flu|bug|virus|cold|lurgy|lurgi",
}

LAY_RED_FLAGS: Rows = {
    "chest_pain": (
        "SOMEONE BE? ADV? PRESSES ADV? ROUND|down ROUND? DET? CHEST",
        "HEAVY_THING ROUND DET? CHEST",
        "HEAVY_THING tightening|squeezing|crushing ADV? DET? CHEST",
        "CHEST BE* ADV* like SOMEONE* BE? PRESSES? ROUND? it?",
        "CHEST BE* ADV* like it|its 's? BE* squeezed|crushed|squashed|pressed|caving|bursting",
        "CHEST BE* ADV* SQUASHED",
        "heart BE* ADV* PAINFUL",
    ),
    "shortness_of_breath": (
        "CANT get|take|catch|draw|grab DET? ADV? FULL_BREATH breath|breaths|lungful",
        "CANT ADV* seem to get|take|catch|draw|grab DET? ADV? FULL_BREATH? breath|breaths|lungful",
        "CANT get|take|catch DET? ADV? FULL_BREATH? air|breath into|in DET? lungs",
        "CANT breathe|breath|breathing ADV? properly|right|deeply|in|normally",
        "GASP ADV? for air|breath",
        "puffed|puffing ADV? out?",
        "out|short of puff",
        "huffing and puffing",
        "breath BE* ADV* short|shallow",
        "DIFFICULTY ADV? getting DET? air|breath in?",
        "DIFFICULTY ADV? to get DET? air|breath in?",
        "suffocating|smothering|suffocate|smothered",
        "like i 'm|am|was ADV? drowning|choking|suffocating",
        "breathing BE* ADV* BREATHING_BAD",
        "lungs BE* ADV* tight|burning|heavy",
        "hard|difficult|harder|struggling|struggle|tough to catch DET? breath",
        "breathing problems|problem|difficulties|difficulty|issues|trouble",
        "problems|problem|difficulties|difficulty|issues|trouble with DET? breathing",
    ),
    "pain_to_jaw_or_arm": (
        "SUBJECT ADV? GOES ADV* TOWARDS+ DET? SIDE? JAW",
        "SUBJECT ADV? GOES ADV* TOWARDS+ DET? NECK and|& TOWARDS? DET? JAW",
        "SUBJECT ADV? GOES_NOT_NERVE ADV* TOWARDS+ DET? left arm|arms",
        "PAIN_NOUN|HURT down DET? left arm|arms",
        "left arm BE* ADV* heavy",
        "left arm and|& JAW ADV? BE* ADV* PAINFUL",
    ),
    "sweating_or_nausea": (
        "FEEL ADV* SICKISH",
        "FEEL ADV* like i 'm|am|was|'ll|will|might|could? going|gon? to|na? be sick",
        "FEEL ADV* like i 'm|am|was|'ll|will|might|could? going|gon? to|na? throw|vomit|puke up?",
        "going|gon to|na be sick",
        "going|gon to|na throw|vomit|puke up?",
        "been|being|was|were ADV* sick",
        "retching|retched|retch|heaving|heaved|gagging|gagged|perspiring|perspiration",
        "dry heaving|retching",
        "SOAKED ADV? in|with DET? sweat|sweats",
        "sweating|sweat|sweated buckets|cobs|profusely|heavily|loads|lots",
        "breaking|broke|break|breaks out in DET? sweat|sweats",
        "cold|clammy and|& sweaty|clammy",
        "stomach|tummy BE* ADV* churning|turning|queasy",
        "churning stomach|tummy",
    ),
    "bladder_bowel_control": (
        "NO_WAY_TO ADV* tell|feel|sense|know ADV? when|if NEED_TO_GO",
        "cnt|cant|cannot ADV* tell|feel|sense|know ADV? when|if NEED_TO_GO",
        "NO_WAY_TO ADV* feel anything|it|much ADV? when|while|if i wipe|pee|wee|go|poo",
        "NO_WAY_TO ADV* feel ADV? when|while|if i wipe|pee|wee|poo",
        "DIFFICULTY ADV? HOLDING DET? WEE",
        "DIFFICULTY ADV? HOLDING it|on in?",
        "CANT ADV? HOLDING DET? WEE",
        "CANT ADV? hold it in",
        "LEAKING",
        "WET myself|meself",
        "HAD ACCIDENT_FILL* accident|accidents",
        "NUMBED ADV? down there|below",
        "NUMBED ADV? BETWEEN DET? legs|thighs",
        "NUMBED ADV? IN DET? SADDLE area|region?",
        "numb|tingly|dead ADV? SADDLE",
        "SADDLE BE* ADV* numb|tingly|tingling|dead|numbish",
        "CANT feel DET? SADDLE",
        "pins and needles between DET? legs|thighs",
        "pins and needles IN DET? SADDLE",
        "DIFFICULTY ADV? going to DET? toilet|loo|bathroom",
        "CANT ADV? go to? DET? toilet|loo",
        "problems|problem|issues|issue|trouble|changes|change with|controlling DET? WEE",
        "CANT empty|control|feel DET? bladder|bowels|bowel",
        "WEE BE* ADV* coming|leaking|dribbling|trickling|escaping",
        "lost|losing|lose|no control of|over? DET? WEE",
        "no sensation|feeling when|while i? wipe|wiping|pee|wee",
    ),
    "leg_weakness_or_numbness": (
        "LEG like jelly|jello|rubber|noodles|spaghetti|lead|concrete",
        "LEG BE* ADV* giving|gave|give|gone|going way|out|under",
        "LEG NO_WAY_TO ADV* hold|support|carry ADV? me|myself",
        "LEG BE* NOT BE* ADV* like? mine|working|work|right",
        "STUMBLE ADV* over|on DET? own? feet|foot|toes",
        "keep|keeps|kept|always|constantly STUMBLE ADV? over|up?",
        "WOBBLY ADV? on DET? feet|legs|pins",
        "losing|lost|lose|loses DET? balance",
        "off -? balance",
        "balance BE* ADV* BALANCE_OFF",
        "DIFFICULTY ADV? with? DET? balance|balancing",
        "walk|walking|walked|staggering|stagger like DET? i? 'm|am|was? ADV? drunk",
        "foot|feet BE* ADV* dragging|slapping|flopping|catching",
        "CANT lift DET? SIDE? foot|leg|feet|toes",
        "CANT feel DET? SIDE? LEG",
        "LEG BE* ADV* like lead|concrete|bricks",
        "LEG BE* ADV* folding|folded",
        "unsteady|wobbly|shaky when|while walking|standing",
    ),
    "major_injury": (
        "CAME_OFF off|over DET? RIDE",
        "went|flew|came|thrown over DET? handlebars|bonnet|hood|bars",
        "rear -? ended|end|ending",
        "t -? boned",
        "shunted",
        "pile -? up",
        "CRASHED DET? MY_VEHICLE",
        "CRASHED|rammed|slammed|ploughed|plowed into DET? ADV? OBSTACLE",
        "run|ran|knocked|forced off DET? road",
        "TUMBLE ADV? down|off|from DET? DROP",
        "TUMBLE ADV? down DET? flight of DROP",
        "TUMBLE ADV? out of DET? DROP",
        "TUMBLE ADV? from DET? top of DET? DROP",
        "landed|fell|fallen ADV? hard|heavily|badly|awkwardly",
        "involved? in DET? accident|crash|collision|wreck|rta|rtc|pileup",
        "HAD? ACCIDENT_FILL* accident ACCIDENT_WHERE? DET? ACCIDENT_PLACE",
        "hit|struck|rammed|smashed from|by DET? behind|side",
        "kicked|bucked|thrown by DET? horse",
    ),
    "fever_or_chills": (
        "running|run|ran|runs DET? ADV? high? TEMP",
        "high|raised|a TEMP",
        "COLD_SHAKES ADV? with|from DET? cold",
        "CANT ADV? get|keep warm",
        "teeth BE* ADV* chattering",
        "chattering teeth",
        "hot then|&|one ADV? cold",
        "hot|boiling one minute|moment",
        "sweating|sweats|sweaty|sweat|sweated ADV* NIGHT",
        "wake|waking|woke|woken|wakes up? ADV? SOAKED",
        "SOAKED sheets|pillow|bed|pyjamas|pajamas",
        "boiling up",
        "the shakes|shivers",
        "shaky|flushed and|& shivery|cold|hot",
    ),
    "weight_loss": (
        "CLOTHES BE* ADV* LOOSE ADV? off|on? me?",
        "CLOTHES BE* ADV* LOOSE ADV? around|round|on DET? waist|me",
        "swimming in DET? CLOTHES",
        "dropped|dropping|gone|went|go down? DET? #NUM? CLOTHING? size|sizes",
        "weight BE* ADV* DROPPING ADV? off|away|down",
        "pounds|kilos|kg|stone BE* ADV* dropping|falling|coming|melting ADV? off",
        "wasting|wasted away",
        "skin and bone|bones",
        "look|looks|looking|got|getting|gone|become|becoming|gotten|grown ADV? THIN",
        "weigh|weighing|weighed less|nothing",
    ),
    "cancer_history": (
        "remission|chemo|chemotherapy|radiotherapy|oncologist|oncology|mastectomy|lumpectomy"
        "|immunotherapy|mets|secondaries|metastases|metastatic|hodgkins|hodgkin|macmillan"
        "|cancerous|precancerous",
        "the big c",
        "CANCER_WORD -? free|survivor|survivors|clear",
        "clear|free of DET? CANCER_WORD",
        "beat|beaten|survived|fought|battled|fighting DET? CANCER_WORD",
        "biopsy BE* ADV* positive|malignant|cancerous|bad",
        "biopsy|results came|come|comes back ADV? positive|malignant|cancerous",
        "lump|growth|mole|tumour|tumor BE* ADV* malignant|cancerous",
        "radiation|chemo therapy|treatment|treatments",
    ),
    "night_or_rest_pain": (
        "NOT ADV* EASE away|off|up? ADV* WITH DET? i? ADV? RESTING",
        "RESTING BE* ADV* NOT ADV* EASE|make|makes|made|do|does|help|helps|work|works",
        "nothing|no position ADV? eases|eased|relieves|relieved|settles DET? pain|it?",
        "not|n't even RESTING",
        "WORSE ADV* in|at DET? bed",
        "WORSE ADV* when|if|while i? ADV? RESTING",
        "WORSE ADV* lying|laying ADV? down|flat|still|in bed",
        "WORSE ADV* every night|evening",
        "stops|stopping|stopped|keeps|kept|keeping|prevents me ADV? from? sleeping|sleep",
        "up|awake all night",
        "CANT get comfy|comfortable ADV* in|at DET? bed|night",
        "CANT sleep for DET? pain|it|knot",
        "PAIN_NOUN|HURT|there ADV* even when|while|if? i? ADV? RESTING",
        "all day every day",
        "no let up",
        "NOT ADV* let|lets|letting up",
        "24 hours a day",
    ),
    "feeling_unwell": (
        "FEEL ADV* ROTTEN",
        "FEEL ADV* ROTTEN|off ADV? in MYSELF",
        "NOT ADV* right|well|good|great|ok|okay|100|feeling|feel ADV? in|within MYSELF",
        "NOT ADV* been|feeling|feel|felt? ADV? MYSELF",
        "NOT ADV* FEEL ADV* right|well|good|great|ok|okay|100 ADV? in|within MYSELF",
        "WIPED out",
        "coming|come|came|going down with DET? ILLNESS",
        "like death warmed up",
        "off|out of sorts",
        "off colour|color",
        "generally ADV* ROTTEN",
        "ROTTEN all over",
        "aching|achy|ache|aches|sore|hurting all over",
        "FEEL like ADV? i 've|have been hit by a bus|truck|train",
    ),
}

LAY_SAID_VAGUELY: Rows = {
    "chest_pain": (
        "CHEST BE* ADV* ODD",
        "ODD feeling|sensation|feelings|sensations IN DET? CHEST",
        "ODD ADV? CHEST",
        "NOT ADV* right|normal with|in DET? CHEST",
    ),
    "shortness_of_breath": (
        "breathing|breath BE* ADV* ODD",
        "NOT ADV* right|normal with DET? breathing",
    ),
    "leg_weakness_or_numbness": (
        "LEG BE* ADV* ODD",
        "NOT ADV* right|normal with|in DET? LEG",
    ),
    "bladder_bowel_control": (
        "bladder|bowels|bowel|waterworks|wee BE* ADV* ODD",
        "NOT ADV* right|normal with|in DET? bladder|bowels|bowel|waterworks",
    ),
}

LAY_SAID_ABSENT: Rows = {
    "bladder_bowel_control": (
        "WATERWORKS BE* ADV* FINE",
        "WATERWORKS BE* NOT BE* ADV* a? problem|issue|affected|changed",
    ),
    "weight_loss": (
        "weight BE* ADV* FINE",
        "weight BE* ADV* same|stable|steady|unchanged|constant",
    ),
    "fever_or_chills": ("TEMP BE* ADV* FINE",),
}

LAY_IGNORED = (
    "BE|FEEL? ADV* sick and tired",
    "wee bit|while|one|ones|hours|lad|lass",
    "lift|lifting|lifted|lifts weight|weights",
    "weight -? lifting|training|bench|bearing|room",
    "temperature outside|inside",
    "room|water|shower|bath temperature",
    "rest of",
    "have|had|having|take|took|taking DET? rest|break",
    "keep|keeps|kept ADV? falling|fall|falls|fell asleep",
    "trying|try|want|wanting|need|planning|hoping to lose|loose AMOUNT* #NUM? WEIGHT_UNIT",
    "LOSE AMOUNT* #NUM? WEIGHT_UNIT on|by|through|from|with|while? ON_PURPOSE",
)
