"""The onset question, asked only for a see-a-professional outcome."""

from typing import Any, Dict

from dialogue.form_validation import AskingFormValidation, asks_again_when_unsure
from triage.contract import KNOT_SINCE, SEE_PROFESSIONAL, SUMMARY_FORM, TRIAGE_OUTCOME


class ValidateSummaryForm(AskingFormValidation):
    def name(self) -> str:
        return f"validate_{SUMMARY_FORM}"

    validate_knot_since = asks_again_when_unsure(KNOT_SINCE)

    def stop_asking(self, slots: Dict[str, Any]) -> bool:
        """Only a see-a-professional outcome gets the summary question."""
        return slots.get(TRIAGE_OUTCOME) != SEE_PROFESSIONAL
