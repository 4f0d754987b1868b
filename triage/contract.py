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

# Input channels (credentials.yml): the web chat and Slack can push a message
# unprompted; the links channel serves what the person keeps.
WEB_CHAT_CHANNEL = "socketio"
SLACK_CHANNEL = "slack"
LINKS_CHANNEL = "links"
# The custom payload key on which the web chat page forgets its own copy.
FORGOTTEN = "forgotten"
# The reminder for the next routine session.
REMINDER_NAME = "routine_reminder"

# Intents (domain.yml `intents`).
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
# Intents that answer a question (as opposed to asides and commands).
ANSWER_INTENTS = (
    INTENT_INFORM,
    INTENT_AFFIRM,
    INTENT_DENY,
    INTENT_UNSURE,
    INTENT_REPORT_PROGRESS,
)

# Entities the NLU finds (domain.yml `entities`; clinical_nlu/), besides the
# slots of the same name (knot_location, knot_since, routine_started_on,
# routine_progress) that button payloads carry.
ENTITY_SYMPTOM = "symptom"
ENTITY_RED_FLAG = "red_flag"
ENTITY_SELF_CARE_TRIED = "self_care_tried"
ENTITY_EQUIPMENT = "equipment"
ENTITY_KNEELING_PROBLEM = "kneeling_problem"
# A cue that may point to a warning sign (clinical_nlu/warning_cues.py).
WARNING_CUE = "warning_cue"

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

# Responses in domain.yml that the actions send by name. Each question has
# three: `utter_question_<slot>`, `utter_question_again_<slot>` (other words,
# after "not sure") and `utter_why_<slot>` (for "why do you ask?"). Not
# `utter_ask_<slot>`: Rasa's form would send that one itself, a second time and
# without its variables, after the validator has asked (rasa/core/actions/forms.py,
# `_name_of_utterance`).
ASK_PREFIX = "utter_question_"
ASK_AGAIN_PREFIX = "utter_question_again_"
WHY_PREFIX = "utter_why_"
# Variables those responses take.
QUESTION_NUMBER = "question_number"
SIGNS = "signs"
UTTER_QUESTION_WHICH_DATE = "utter_question_which_date"
UTTER_QUESTION_DATE_IN_PAST = "utter_question_date_in_past"
UTTER_INTRO = "utter_intro"
UTTER_GREET_DURING_QUESTIONS = "utter_greet_during_questions"
UTTER_NOT_UNDERSTOOD_IN_CHECK = "utter_not_understood_in_check"
UTTER_NOT_UNDERSTOOD = "utter_not_understood"
UTTER_NOT_UNDERSTOOD_AFTER_OUTCOME = "utter_not_understood_after_outcome"
UTTER_STARTING_OVER = "utter_starting_over"
UTTER_WELCOME_BACK = "utter_welcome_back"
UTTER_ADVICE_UNCHANGED = "utter_advice_unchanged"
UTTER_ADVICE_STANDS = "utter_advice_stands"
UTTER_ADVICE_CHANGED = "utter_advice_changed"
UTTER_ADVICE_UPDATED = "utter_advice_updated"
UTTER_PLAN_QUESTIONS_NEXT = "utter_plan_questions_next"
UTTER_SUMMARY_QUESTION_NEXT = "utter_summary_question_next"
UTTER_ROUTINE_INTRO = "utter_routine_intro"
UTTER_REMINDER_OFFER = "utter_reminder_offer"
UTTER_REMINDER_SET = "utter_reminder_set"
UTTER_NO_REMINDERS_HERE = "utter_no_reminders_here"
UTTER_NO_SESSION_LEFT = "utter_no_session_left"
UTTER_REMINDER_CANCELLED = "utter_reminder_cancelled"
UTTER_ROUTINE_REMINDER = "utter_routine_reminder"
UTTER_REPETITION_DONE = "utter_repetition_done"
UTTER_STOP_EXERCISE = "utter_stop_exercise"
UTTER_FORGOTTEN = "utter_forgotten"
UTTER_NOT_FORGOTTEN = "utter_not_forgotten"
UTTER_YOU_ARE_WELCOME = "utter_you_are_welcome"
UTTER_I_AM_A_BOT = "utter_i_am_a_bot"
UTTER_OUT_OF_SCOPE = "utter_out_of_scope"
