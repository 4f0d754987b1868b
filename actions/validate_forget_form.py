"""The confirmation before everything is forgotten."""

from dialogue.form_validation import AskingFormValidation, asks_again_when_unsure
from triage.contract import FORGET_CONFIRMED, FORGET_FORM


class ValidateForgetForm(AskingFormValidation):
    def name(self) -> str:
        return f"validate_{FORGET_FORM}"

    validate_forget_confirmed = asks_again_when_unsure(FORGET_CONFIRMED)
