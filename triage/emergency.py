"""The emergency instruction, written once: every safety message that tells the
person to call for help says it in these words (the fixed replies in domain.yml
say it too: `utter_intro`, `utter_welcome_back`, `utter_goodbye`, `utter_stop_exercise`)."""

CALL_EMERGENCY = "call your local emergency number"
EXAMPLE_NUMBERS = "for example 911 in the US, 999 in the UK, 112 in the EU"
