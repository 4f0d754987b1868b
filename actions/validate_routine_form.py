"""The planning questions, asked only for a self-care outcome; a report on the
routine ends them for the follow-up questions."""

from typing import Any, Dict

from dialogue.form_validation import AskingFormValidation, asks_again_when_unsure
from triage.contract import (
    CAN_KNEEL,
    HAS_FOAM_ROLLER,
    KNOT_SINCE,
    ROUTINE_FORM,
    SELF_CARE_ROUTINE,
    TRIAGE_OUTCOME,
)
from triage.outcome import planning_questions_left


class ValidateRoutineForm(AskingFormValidation):
    def name(self) -> str:
        return f"validate_{ROUTINE_FORM}"

    ends_for_follow_up = True

    validate_knot_since = asks_again_when_unsure(KNOT_SINCE)
    validate_can_kneel = asks_again_when_unsure(CAN_KNEEL)
    validate_has_foam_roller = asks_again_when_unsure(HAS_FOAM_ROLLER)

    def stop_asking(self, slots: Dict[str, Any]) -> bool:
        """No routine questions once the outcome is not self-care, or without a roller."""
        return slots.get(TRIAGE_OUTCOME) != SELF_CARE_ROUTINE or not planning_questions_left(slots)
