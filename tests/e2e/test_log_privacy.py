"""At the default log level, neither server logs what the person wrote or any slot value."""

import pytest

pytestmark = pytest.mark.e2e


def test_logs_hold_no_message_text_or_slot_values(assistant):
    sender = assistant.new_sender()
    secret = "zebracrossing tingling knot between my shoulder blades"
    assistant.say(sender, secret)
    assistant.say(sender, "I had cancer, my name is Quentinsmith")
    assert assistant.slots(sender)["red_flags"] == ["cancer_history"]
    logs = "".join(path.read_text(errors="replace") for path in assistant.logs.glob("*.log"))
    assert logs, "the servers wrote no logs at all"
    for private in ("zebracrossing", "Quentinsmith", "cancer_history", "shoulder blades"):
        assert private not in logs
