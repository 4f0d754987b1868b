"""Reading the tracker, and giving an outcome through the one outcome path."""

from answer_sets import CLEAR
from rasa_sdk.events import FollowupAction, SlotSet
from sent_messages import responses, texts

from dialogue.tracker import give_outcome, last_bot_response, onset_reason_events
from triage.outcome import CORRECTION


def test_the_last_response_is_read_from_the_bot_message_metadata(tracker):
    asked = {"event": "bot", "text": "Q", "metadata": {"utter_action": "utter_question_neck_pain"}}
    composed = {"event": "bot", "text": "Summary to show them:", "metadata": {}}
    assert last_bot_response(tracker(events_after_message=[asked])) == "utter_question_neck_pain"
    assert last_bot_response(tracker(events_after_message=[asked, composed])) is None
    assert last_bot_response(tracker()) is None


def test_give_outcome_sends_the_messages_then_stores_the_outcome(tracker, dispatcher):
    events = give_outcome(dispatcher, tracker(CLEAR), CLEAR)
    assert events == [
        SlotSet("triage_outcome", "self_care_routine"),
        SlotSet("triage_reasons", ["mid_back_knot", "no_red_flags"]),
        SlotSet("check_complete", True),
        FollowupAction("routine_form"),
    ]
    assert responses(dispatcher) == [None, None, "utter_plan_questions_next"]


def test_a_correction_that_changes_nothing_sends_nothing(tracker, dispatcher):
    given = {**CLEAR, "triage_outcome": "self_care_routine"}
    given["triage_reasons"] = ["mid_back_knot", "no_red_flags"]
    assert give_outcome(dispatcher, tracker(given), given, CORRECTION) == []
    assert dispatcher.messages == []


def test_the_summary_link_follows_an_urgent_outcome_where_links_can_be_sent(
    tracker, dispatcher, monkeypatch
):
    monkeypatch.setenv("LINK_SECRET", "s3cret-for-the-tracker-tests-0123456789abcdef")
    monkeypatch.setenv("LINK_BASE_URL", "http://127.0.0.1:5005")
    slots = {**CLEAR, "red_flags": ["chest_pain"]}
    t = tracker(slots)
    t.events[0].update({"input_channel": "rest", "timestamp": 1764601234.5})
    give_outcome(dispatcher, t, slots)
    assert texts(dispatcher)[-1].startswith("Open a printable summary")


def test_the_onset_joins_the_reasons_once(tracker):
    slots = {"knot_since": "2026-10-01", "triage_reasons": ["neck_pain"]}
    assert onset_reason_events(tracker(slots)) == [
        SlotSet("triage_reasons", ["neck_pain", "knot_since:2026-10-01"])
    ]
    again = {"knot_since": "2026-10-01", "triage_reasons": ["neck_pain", "knot_since:2026-10-01"]}
    assert onset_reason_events(tracker(again)) == []
    assert onset_reason_events(tracker({"knot_since": "unknown"})) == []
