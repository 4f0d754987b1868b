"""Cheaper action server calls (speedups/action_calls.py): what our actions read from a
call is the same with the recent events only; connections are reused; rasa_main
switches each change (these two, the rule policy's bounded states, remembered
applied events, fast tracker copies) on unless told not to."""

import asyncio

import pytest
import rasa.__main__
from aiohttp import web
from rasa.core.actions.action import RemoteAction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig
from rasa_sdk import Tracker

from dialogue import tracker as reading
from launcher import rasa_main
from speedups import (
    action_calls,
    applied_events,
    event_validation,
    rule_states,
    tracker_copy,
)

DOMAIN = Domain.from_yaml(
    """
intents: [greet, next_step]
slots:
  coach_step:
    type: float
    mappings:
      - type: custom
actions: [action_coach]
"""
)


def long_conversation(turns: int) -> DialogueStateTracker:
    tracker = DialogueStateTracker("sam", DOMAIN.slots)
    tracker.update(ActionExecuted("action_session_start"))
    tracker.update(ActionExecuted("action_listen"))
    for number in range(turns):
        tracker.update(
            UserUttered(
                f"message {number}",
                intent={"name": "next_step", "confidence": 0.9},
                input_channel="rest",
            )
        )
        tracker.update(ActionExecuted("action_coach"))
        tracker.update(SlotSet("coach_step", float(number)))
        tracker.update(BotUttered(f"step {number}", metadata={"utter_action": f"utter_{number}"}))
        tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered("last", intent={"name": "greet", "confidence": 1.0}))
    tracker.update(SlotSet("coach_step", 99.0))
    return tracker


def test_recent_events_are_the_first_event_and_the_latest_user_messages_on():
    tracker = long_conversation(20)
    events = action_calls.recent_events(tracker)
    users = [e.text for e in events if isinstance(e, UserUttered)]
    assert users == ["message 18", "message 19", "last"]
    assert events[0] is tracker.events[0]
    assert events[-1] is tracker.events[-1]
    short = long_conversation(1)
    assert action_calls.recent_events(short) == list(short.events)


def sdk_tracker(call):
    return Tracker.from_dict(call["tracker"])


def test_a_call_tells_our_actions_what_the_full_call_tells_them(monkeypatch):
    tracker = long_conversation(40)
    action = RemoteAction("action_coach", None)
    full = action._action_call_format(tracker, DOMAIN)
    monkeypatch.setattr(RemoteAction, "_action_call_format", RemoteAction._action_call_format)
    action_calls.send_recent_events()
    recent = RemoteAction("action_coach", None)._action_call_format(tracker, DOMAIN)

    assert len(recent["tracker"]["events"]) < len(full["tracker"]["events"]) / 10
    assert {k: v for k, v in recent["tracker"].items() if k != "events"} == {
        k: v for k, v in full["tracker"].items() if k != "events"
    }
    assert {k: v for k, v in recent.items() if k != "tracker"} == {
        k: v for k, v in full.items() if k != "tracker"
    }
    before, after = sdk_tracker(full), sdk_tracker(recent)
    assert reading.latest_turn(after) == reading.latest_turn(before)
    assert reading.last_bot_response(after) == reading.last_bot_response(before) == "utter_39"
    assert reading.events_since_user_message(after) == reading.events_since_user_message(before)
    assert after.get_latest_input_channel() == before.get_latest_input_channel()
    assert after.slots_to_validate() == before.slots_to_validate() == {"coach_step": 99.0}
    first = [e["timestamp"] for e in (before.events[0], after.events[0])]
    assert first[0] == first[1]


async def test_reused_connections_carry_several_calls(monkeypatch):
    peers = []

    async def answer(request):
        peers.append(request.transport.get_extra_info("peername"))
        return web.json_response({"events": [], "responses": []})

    app = web.Application()
    app.router.add_post("/webhook", answer)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
    try:
        for _ in range(3):
            await endpoint.request(json={"next_action": "x"}, method="post")
        assert len(set(peers)) == 3  # Rasa as installed: a new connection each call
        monkeypatch.setattr(EndpointConfig, "session", EndpointConfig.session)
        action_calls.reuse_connections()
        for _ in range(3):
            assert await endpoint.request(json={"next_action": "x"}, method="post") == {
                "events": [],
                "responses": [],
            }
        assert len(set(peers[3:])) == 1
    finally:
        for session in list(action_calls._SESSIONS.values()):
            await session.close()
        action_calls._SESSIONS.clear()
        await runner.cleanup()
        await asyncio.sleep(0)


@pytest.mark.parametrize("setting, changed", [(None, True), ("true", True), ("off", False)])
def test_rasa_main_switches_each_change_unless_turned_off(monkeypatch, setting, changed):
    monkeypatch.setattr(RemoteAction, "_action_call_format", RemoteAction._action_call_format)
    monkeypatch.setattr(EndpointConfig, "session", EndpointConfig.session)
    predict = RulePolicy.predict_action_probabilities
    monkeypatch.setattr(RulePolicy, "predict_action_probabilities", predict)
    monkeypatch.setenv("FAST_ACTION_VALIDATION", "false")
    applied = DialogueStateTracker.applied_events
    monkeypatch.setattr(DialogueStateTracker, "applied_events", applied)
    monkeypatch.setattr(DialogueStateTracker, "copy", DialogueStateTracker.copy)
    validate_result = RemoteAction._validate_action_result
    monkeypatch.setattr(RemoteAction, "_validate_action_result", validate_result)
    switches = (
        "SEND_RECENT_EVENTS",
        "REUSE_ACTION_CONNECTIONS",
        "BOUNDED_RULE_STATES",
        "REMEMBER_APPLIED_EVENTS",
        "FAST_TRACKER_COPY",
        "FAST_EVENT_VALIDATION",
    )
    for name in switches:
        if setting is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, setting)
    seen = []
    monkeypatch.setattr(
        rasa.__main__,
        "main",
        lambda: seen.append(
            (
                RemoteAction._action_call_format,
                EndpointConfig.session,
                RulePolicy.predict_action_probabilities,
                DialogueStateTracker.applied_events,
                DialogueStateTracker.copy,
                RemoteAction._validate_action_result,
            )
        ),
    )
    monkeypatch.setattr("sys.argv", ["launcher/rasa_main.py", "run"])
    rasa_main.main()
    call_format, session, rule_predict, applied_now, copy_now, validate_now = seen[0]
    assert (call_format is action_calls._call_format_with_recent_events) is changed
    assert (session is action_calls._shared_session) is changed
    assert (rule_predict is rule_states._bounded_predict) is changed
    assert (applied_now is applied_events._applied_events) is changed
    assert (copy_now is tracker_copy._copy) is changed
    assert (validate_now is event_validation._validate_action_result) is changed
