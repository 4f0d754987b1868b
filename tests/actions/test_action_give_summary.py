"""The summary to show a professional, once the onset question is answered."""

from rasa_sdk.events import SlotSet
from sent_messages import texts

from actions.action_give_summary import ActionGiveSummary


async def test_summary_includes_the_onset(tracker, dispatcher, domain):
    slots = {
        "triage_outcome": "see_professional",
        "knot_location": "lower_back",
        "red_flags": [],
        "neck_pain": True,
        "knot_since": "2026-10-01",
        "triage_reasons": ["knot_not_mid_back"],
    }
    events = await ActionGiveSummary().run(dispatcher, tracker(slots), domain)
    assert events == [SlotSet("triage_reasons", ["knot_not_mid_back", "knot_since:2026-10-01"])]
    (summary,) = texts(dispatcher)
    assert "- First noticed: Thursday 1 October" in summary
    assert "- Neck pain: yes" in summary
    assert "- Warning signs: none reported" in summary


async def test_no_summary_once_the_outcome_is_no_longer_see_a_professional(
    tracker, dispatcher, domain
):
    t = tracker({"triage_outcome": "self_care_routine", "knot_since": "2026-10-01"})
    assert await ActionGiveSummary().run(dispatcher, t, domain) == []
    assert dispatcher.messages == []
