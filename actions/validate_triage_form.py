"""The triage questions: a reported red flag ends them at once."""

from typing import Any, Dict

from dialogue.form_validation import AskingFormValidation, asks_again_when_unsure
from triage import sign_checks
from triage.contract import (
    KNOT_LOCATION,
    NECK_PAIN,
    NERVE_SYMPTOMS,
    RED_FLAGS,
    TRIAGE_FORM,
    TRIED_STRETCHING_MASSAGE,
    UNSURE,
)


class ValidateTriageForm(AskingFormValidation):
    check_slot = RED_FLAGS

    def name(self) -> str:
        return f"validate_{TRIAGE_FORM}"

    validate_knot_location = asks_again_when_unsure(KNOT_LOCATION)
    validate_red_flags = asks_again_when_unsure(RED_FLAGS)
    validate_neck_pain = asks_again_when_unsure(NECK_PAIN)
    validate_nerve_symptoms = asks_again_when_unsure(NERVE_SYMPTOMS)
    validate_tried_stretching_massage = asks_again_when_unsure(TRIED_STRETCHING_MASSAGE)

    def stop_asking(self, slots: Dict[str, Any]) -> bool:
        """A reported red flag ends the questions at once."""
        flags = slots.get(RED_FLAGS)
        return (
            isinstance(flags, list)
            and bool(flags)
            and UNSURE not in flags
            and not sign_checks.could_raise(slots)
        )
