"""The rule policy's states built once per event and bounded to its rules
(speedups/rule_states.py): the same states as Rasa's replay after every event, and,
with our trained rules, the same predictions as Rasa's own at every step of a long
conversation. Applied events remembered (speedups/applied_events.py) and fast copies
(speedups/tracker_copy.py): what Rasa's own give."""

import itertools
from pathlib import Path

import pytest
from rasa.core.agent import Agent
from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from speedups import applied_events, rule_states, tracker_copy

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "triage.tar.gz"


@pytest.fixture(scope="module")
def domain():
    return Domain.load(str(ROOT / "domain.yml"))


def said(intent, text=None):
    return UserUttered(text or intent, intent={"name": intent, "confidence": 1.0})


def events_with_forms_restarts_and_rewinds():
    """A conversation that runs a form (whose own actions Rasa collapses), restarts,
    rewinds and starts a new session, then coaches for a while."""
    form = [
        ActionExecuted("action_listen"),
        said("inform", "knot between my shoulder blades"),
        ActionExecuted("triage_form"),
        ActiveLoop("triage_form"),
        SlotSet("requested_slot", "neck_pain"),
        ActionExecuted("action_listen"),
        said("deny"),
        ActionExecuted("triage_form"),
        SlotSet("neck_pain", False),
        ActionExecuted("action_listen"),
        said("deny"),
        ActionExecuted("triage_form"),
        ActiveLoop(None),
        ActionExecuted("action_triage_outcome"),
        SlotSet("triage_outcome", "self_care_routine"),
        BotUttered("try the routine"),
    ]
    coach = [
        event
        for intent in itertools.islice(
            itertools.cycle(["next_step", "next_step", "previous_step", "repeat_step"]), 30
        )
        for event in (
            ActionExecuted("action_listen"),
            said(intent),
            ActionExecuted("action_coach"),
            SlotSet("coach_step", 2.0),
            BotUttered("a step"),
        )
    ]
    return [
        ActionExecuted("action_session_start"),
        SessionStarted(),
        *form,
        ActionExecuted("action_listen"),
        said("greet"),
        UserUtteranceReverted(),
        ActionExecuted("action_listen"),
        said("start_over"),
        ActionExecuted("action_restart"),
        Restarted(),
        *form,
        ActionExecuted("action_session_start"),
        SessionStarted(),
        SlotSet("triage_outcome", "self_care_routine"),
        *coach,
        ActionExecuted("action_listen"),
    ]


def test_states_after_each_event_are_rasas(domain):
    tracker = DialogueStateTracker("ada", domain.slots)
    states = rule_states.RuleStates()
    for event in events_with_forms_restarts_and_rewinds():
        tracker.update(event)
        assert states.all_states(tracker, domain) == tracker.past_states(domain), event


def test_another_tracker_object_or_changed_events_start_again(domain):
    states = rule_states.RuleStates(kept=1)
    events = events_with_forms_restarts_and_rewinds()
    tracker = DialogueStateTracker.from_events("bo", events[:40], slots=domain.slots)
    states.all_states(tracker, domain)
    other = DialogueStateTracker.from_events("bo", events[:20], slots=domain.slots)
    assert states.all_states(other, domain) == other.past_states(domain)
    third = DialogueStateTracker.from_events("cy", events[:30], slots=domain.slots)
    assert states.all_states(third, domain) == third.past_states(domain)
    assert list(states._progress) == ["cy"]


@pytest.fixture(scope="module")
def rule_policy():
    assert MODEL.exists(), "no trained model: run `make train`"
    agent = Agent.load(str(MODEL))
    policies = [
        node._component
        for node in agent.processor.graph_runner._instantiated_nodes.values()
        if isinstance(getattr(node, "_component", None), RulePolicy)
    ]
    assert len(policies) == 1
    return policies[0], agent.domain


def outcome(prediction):
    return (
        prediction.probabilities,
        [e.as_dict() for e in prediction.events],
        prediction.is_no_user_prediction,
        prediction.is_end_to_end_prediction,
    )


COACHED = [
    SlotSet("triage_outcome", "self_care_routine"),
    SlotSet("check_complete", True),
    SlotSet("routine_given", True),
]
COACH = ["next_step", "previous_step", "repeat_step", "show_all_steps", "thank", "greet"]
TRIAGE = ["inform", "deny", "affirm", "unsure", "ask_why", "deny", "start_over", "out_of_scope"]


@pytest.mark.parametrize(
    "slots, intents", [(COACHED, COACH), ([], TRIAGE)], ids=["coach", "triage"]
)
def test_our_rules_predict_the_same_at_every_step_of_a_long_conversation(
    rule_policy, slots, intents
):
    policy, domain = rule_policy
    assert rule_states.history_length(policy) >= 2
    tracker = DialogueStateTracker("dee", domain.slots)
    for event in (ActionExecuted("action_session_start"), SessionStarted(), *slots):
        tracker.update(event)
    compared = 0
    for intent in itertools.islice(itertools.cycle(intents), 120):
        tracker.update(ActionExecuted("action_listen"))
        tracker.update(said(intent))
        for _ in range(5):  # the actions Rasa would run for this message
            rasas = RulePolicy.predict_action_probabilities(policy, tracker, domain)
            ours = rule_states._bounded_predict(policy, tracker, domain)
            assert outcome(ours) == outcome(rasas), (intent, len(tracker.events))
            compared += 1
            action = domain.action_names_or_texts[rasas.max_confidence_index]
            if action == "action_listen" or rasas.max_confidence == 0:
                break
            tracker.update(ActionExecuted(action))
            if action in domain.form_names and tracker.active_loop_name != action:
                tracker.update(ActiveLoop(action))
    assert compared > 200 and len(tracker.events) > 300


def test_bound_rule_states_swaps_the_prediction(monkeypatch):
    monkeypatch.setattr(
        RulePolicy, "predict_action_probabilities", RulePolicy.predict_action_probabilities
    )
    rule_states.bound_rule_states()
    assert RulePolicy.predict_action_probabilities is rule_states._bounded_predict


def test_the_rules_seen_in_the_latest_states_are_those_seen_in_all(rule_policy):
    policy, domain = rule_policy
    bound = rule_states.history_length(policy)
    tracker = DialogueStateTracker("eve", domain.slots)
    for event in (ActionExecuted("action_session_start"), SessionStarted(), *COACHED):
        tracker.update(event)
    for intent in itertools.islice(itertools.cycle(COACH + TRIAGE), 60):
        for event in (ActionExecuted("action_listen"), said(intent)):
            tracker.update(event)
            states = tracker.past_states(domain)
            for table in (RULES, RULES_FOR_LOOP_UNHAPPY_PATH):
                lookup = policy.lookup[table]
                every = policy._get_possible_keys(lookup, states)
                assert policy._get_possible_keys(lookup, states[-bound:]) == every


def test_remembered_applied_events_are_rasas_after_each_event(domain, monkeypatch):
    rasas = DialogueStateTracker.applied_events
    monkeypatch.setattr(DialogueStateTracker, "applied_events", rasas)
    applied_events.remember_applied_events()
    tracker = DialogueStateTracker("fin", domain.slots)
    for event in events_with_forms_restarts_and_rewinds():
        tracker.update(event)
        for _ in range(2):  # worked out, then remembered
            assert tracker.applied_events() == rasas(tracker), event
    assert applied_events.MEMO in tracker.__dict__
    copied = DialogueStateTracker.from_events("fin", list(tracker.events)[:-3], domain.slots)
    assert copied.applied_events() == rasas(copied)


def state_of(tracker):
    """Everything a tracker holds, comparable between two trackers."""
    return {
        "events": [id(e) for e in tracker.events],
        "slots": {n: (s.value, s.has_been_set) for n, s in tracker.slots.items()},
        "current": tracker.current_state(),
        "attributes": {
            k: v for k, v in vars(tracker).items() if k not in ("events", "slots", MEMO_KEY)
        },
    }


MEMO_KEY = "_applied_events_memo"


def test_a_fast_copy_is_rasas_copy_and_independent_of_the_original(domain, monkeypatch):
    rasas = DialogueStateTracker.copy
    monkeypatch.setattr(DialogueStateTracker, "copy", rasas)
    tracker_copy.fast_copies()
    tracker = DialogueStateTracker("gil", domain.slots)
    tracker.model_id = "a model"
    for event in events_with_forms_restarts_and_rewinds():
        tracker.update(event)
        fast, replayed = tracker.copy(), rasas(tracker)
        assert state_of(fast) == state_of(replayed), event
    events = events_with_forms_restarts_and_rewinds()
    in_form = DialogueStateTracker.from_events("hal", events[:8], domain.slots)
    assert in_form.active_loop_name == "triage_form"
    before = state_of(in_form)
    fast = in_form.copy()
    fast.interrupt_loop(True)
    fast.update(SlotSet("triage_outcome", "emergency"))
    fast.update(said("greet"))
    assert state_of(in_form) == before
