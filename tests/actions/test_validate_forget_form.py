"""The confirmation before everything is forgotten."""

from rasa_sdk.events import SlotSet
from sent_messages import rendered, responses

from actions.validate_forget_form import ValidateForgetForm


async def test_forget_form_asks_for_confirmation(tracker, dispatcher, domain):
    result = await ValidateForgetForm().next_requested_slot(dispatcher, tracker(), domain)
    assert result == SlotSet("requested_slot", "forget_confirmed")
    assert responses(dispatcher) == ["utter_question_forget_confirmed"]


async def test_the_confirmation_question_warns_it_cannot_be_undone(tracker, dispatcher, domain):
    await ValidateForgetForm().next_requested_slot(dispatcher, tracker(), domain)
    message = rendered(domain, dispatcher.messages[0])
    assert "can't be undone" in message["text"]
    assert [b["payload"] for b in message["buttons"]] == ["/affirm", "/deny"]


def test_not_sure_asks_again(tracker, dispatcher, domain):
    validate = ValidateForgetForm().validate_forget_confirmed
    assert validate("unsure", dispatcher, tracker(), domain) == {
        "forget_confirmed": None,
        "unsure_about": "forget_confirmed",
    }
