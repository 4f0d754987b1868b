"""The follow-up questions: when the routine began and how it went."""

from dialogue.form_validation import AskingFormValidation, asks_again_when_unsure
from triage.contract import FOLLOW_UP_FORM, ROUTINE_PROGRESS, ROUTINE_STARTED_ON


class ValidateFollowUpForm(AskingFormValidation):
    def name(self) -> str:
        return f"validate_{FOLLOW_UP_FORM}"

    validate_routine_started_on = asks_again_when_unsure(ROUTINE_STARTED_ON)
    validate_routine_progress = asks_again_when_unsure(ROUTINE_PROGRESS)
