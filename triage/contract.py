"""Names shared with the domain, the web widget, Slack and the evaluation.

Every slot, form and intent name, triage level, reason prefix, progress value
and assertion value lives here, once, so that no module spells a contract
string by hand.
"""

# Slots of the public contract (spec: "The questions").
KNOT_LOCATION = "knot_location"
TRIED_STRETCHING_MASSAGE = "tried_stretching_massage"
NECK_PAIN = "neck_pain"
NERVE_SYMPTOMS = "nerve_symptoms"
RED_FLAGS = "red_flags"
TRIAGE_OUTCOME = "triage_outcome"
TRIAGE_REASONS = "triage_reasons"
REQUESTED_SLOT = "requested_slot"

# Bookkeeping slots of our own.
UNSURE_ABOUT = "unsure_about"
UNSURE_ANSWERS = "unsure_answers"
CAN_KNEEL = "can_kneel"
HAS_FOAM_ROLLER = "has_foam_roller"
FEELS_NOT_RIGHT = "feels_not_right"
CHECK_COMPLETE = "check_complete"
KNOT_SINCE = "knot_since"
ROUTINE_STARTED_ON = "routine_started_on"
ROUTINE_PROGRESS = "routine_progress"
DATE_PROBLEM = "date_problem"
DATE_OPTIONS = "date_options"
COACH_STEP = "coach_step"
ROUTINE_VARIANT = "routine_variant"
FORGET_CONFIRMED = "forget_confirmed"
INTRO_GIVEN = "intro_given"
# Closed questions about warning signs (triage/sign_checks.py): the signs the
# question that is out asks about, those still to ask, those ruled out.
CHECKING_SIGNS = "checking_signs"
SIGNS_TO_CHECK = "signs_to_check"
SIGNS_CHECKED = "signs_checked"
# True once the person has been given the routine, or says they are doing it:
# only then is a report of change a follow-up on the routine.
ROUTINE_GIVEN = "routine_given"

# The triage questions, in the order they are asked: location first, then the
# red-flag screen so that anything serious is caught before the details.
TRIAGE_QUESTIONS = (
    KNOT_LOCATION,
    RED_FLAGS,
    NECK_PAIN,
    NERVE_SYMPTOMS,
    TRIED_STRETCHING_MASSAGE,
)
ROUTINE_QUESTIONS = (KNOT_SINCE, HAS_FOAM_ROLLER, CAN_KNEEL)
FOLLOW_UP_QUESTIONS = (ROUTINE_STARTED_ON, ROUTINE_PROGRESS)
YES_NO_QUESTIONS = (
    FORGET_CONFIRMED,
    TRIED_STRETCHING_MASSAGE,
    NECK_PAIN,
    NERVE_SYMPTOMS,
    CAN_KNEEL,
    HAS_FOAM_ROLLER,
)

TRIAGE_FORM = "triage_form"
FORGET_FORM = "forget_form"
ROUTINE_FORM = "routine_form"
SUMMARY_FORM = "summary_form"
FOLLOW_UP_FORM = "follow_up_form"

# Intents (domain.yml `intents`, plus Rasa's own fallback).
INTENT_GREET = "greet"
INTENT_GOODBYE = "goodbye"
INTENT_THANK = "thank"
INTENT_BOT_CHALLENGE = "bot_challenge"
INTENT_OUT_OF_SCOPE = "out_of_scope"
INTENT_START_OVER = "start_over"
INTENT_ASK_WHY = "ask_why"
INTENT_AFFIRM = "affirm"
INTENT_DENY = "deny"
INTENT_UNSURE = "unsure"
INTENT_INFORM = "inform"
INTENT_REPORT_PROGRESS = "report_progress"
INTENT_NEXT_STEP = "next_step"
INTENT_PREVIOUS_STEP = "previous_step"
INTENT_REPEAT_STEP = "repeat_step"
INTENT_SHOW_ALL_STEPS = "show_all_steps"
INTENT_EXERCISE_HURTS = "exercise_hurts"
INTENT_SET_REMINDER = "set_reminder"
INTENT_CANCEL_REMINDER = "cancel_reminder"
INTENT_ROUTINE_REMINDER = "EXTERNAL_routine_reminder"
INTENT_FORGET_ME = "forget_me"
INTENT_NLU_FALLBACK = "nlu_fallback"
# Intents that answer a question (as opposed to asides and commands).
ANSWER_INTENTS = (
    INTENT_INFORM,
    INTENT_AFFIRM,
    INTENT_DENY,
    INTENT_UNSURE,
    INTENT_REPORT_PROGRESS,
)

# Knot locations (categorical slot values).
MID_BACK = "mid_back"
LOWER_BACK = "lower_back"
NECK = "neck"
SHOULDER = "shoulder"
OTHER_PLACE = "other"
LOCATIONS = (MID_BACK, LOWER_BACK, NECK, SHOULDER, OTHER_PLACE)

# How the routine is going (`routine_progress` values).
BETTER = "better"
SAME = "same"
WORSE = "worse"
PROGRESS_VALUES = (BETTER, SAME, WORSE)

# The assertion each clinical entity carries (clinical_nlu/assertions.py).
PRESENT = "present"
ABSENT = "absent"
UNCERTAIN = "uncertain"
PAST = "past"
ASSERTIONS = (PRESENT, ABSENT, UNCERTAIN, PAST)

# Triage levels, most urgent first.
EMERGENCY = "emergency"
URGENT_CARE = "urgent_care"
SEE_PROFESSIONAL = "see_professional"
SELF_CARE_ROUTINE = "self_care_routine"
LEVELS = (EMERGENCY, URGENT_CARE, SEE_PROFESSIONAL, SELF_CARE_ROUTINE)

# Value stored for a question the person could not answer the first time.
UNSURE = "unsure"
# Red flag recorded when the person confirms one but never says which.
UNSPECIFIED_RED_FLAG = "unspecified"
# ... and when they confirm one of the signs that need a doctor today.
UNSPECIFIED_URGENT_SIGN = "unspecified_urgent"
# Value stored for a date that could not be pinned down after asking twice.
UNKNOWN = "unknown"

# Reason strings for `triage_reasons`.
REASON_NECK_PAIN = "neck_pain"
REASON_NERVE_SYMPTOMS = "nerve_symptoms"
REASON_NOT_MID_BACK = "knot_not_mid_back"
REASON_NO_RED_FLAGS = "no_red_flags"
REASON_MID_BACK_KNOT = "mid_back_knot"
REASON_FEELS_NOT_RIGHT = "feels_not_right"
RED_FLAG_PREFIX = "red_flag:"
UNANSWERED_PREFIX = "unanswered:"
KNOT_SINCE_PREFIX = "knot_since:"
REASON_NO_IMPROVEMENT = "no_improvement_after_routine"
REASON_ROUTINE_HELPING = "routine_helping"
REASON_ROUTINE_IN_PROGRESS = "routine_in_progress"
# Days of the routine after which "no better" means it is not working.
ROUTINE_TRIAL_DAYS = 28
UNSURE_PREFIX = "unsure:"
