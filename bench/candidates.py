"""Options tried to make the assistant faster or leaner, measured next to config.yml.

A candidate changes the pipeline (a new model is trained from a copy of the
configuration in a temp dir, then cross-validated), or only how the Rasa server
runs (environment, lock store, tracker store), or both. config.yml itself is
never edited.
"""

import copy
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

Config = Dict[str, Any]


@dataclass(frozen=True)
class Runtime:
    """How the Rasa server runs; the default is how `make run` runs it."""

    env: Mapping[str, str] = field(default_factory=dict)
    redis_lock_store: bool = False  # start a redis-server and use Rasa's Redis lock store
    memory_tracker_store: bool = False  # no tracker_store in the endpoints: Rasa's in-memory one


SHIPPED = Runtime()
# Rasa as installed: a new jsonschema validator for every action server answer.
PLAIN_RASA = Runtime(env={"FAST_ACTION_VALIDATION": "false"})


@dataclass(frozen=True)
class Candidate:
    name: str
    change: str
    against: str  # the row it is compared with: "ours", "default" or another candidate
    base: str = "ours"  # the configuration it starts from
    pipeline: Optional[Callable[[Config], Config]] = None  # None: the base's model
    runtime: Runtime = SHIPPED
    think: float = 0.0  # seconds between a reply and the next message (0: closed loop)
    concurrency: Optional[Tuple[int, ...]] = None  # None: the run's (1, 10, 50)
    long_conversation: bool = False  # also the 300-turn coach conversation (issue #17)


def _component(config: Config, name: str, **match: Any) -> Dict[str, Any]:
    for component in config["pipeline"]:
        if component.get("name") == name and all(component.get(k) == v for k, v in match.items()):
            return component
    raise KeyError(f"no {name} {match} in the pipeline")


def char_ngrams(low: int, high: int) -> Callable[[Config], Config]:
    def change(config: Config) -> Config:
        config = copy.deepcopy(config)
        component = _component(config, "CountVectorsFeaturizer", analyzer="char_wb")
        component.update(min_ngram=low, max_ngram=high)
        return config

    return change


def word_ngrams(high: int) -> Callable[[Config], Config]:
    def change(config: Config) -> Config:
        config = copy.deepcopy(config)
        for component in config["pipeline"]:
            if component.get("name") == "CountVectorsFeaturizer" and "analyzer" not in component:
                component.update(min_ngram=1, max_ngram=high)
        return config

    return change


def max_iter(value: int) -> Callable[[Config], Config]:
    def change(config: Config) -> Config:
        config = copy.deepcopy(config)
        _component(config, "LogisticRegressionClassifier")["max_iter"] = value
        return config

    return change


CANDIDATES: List[Candidate] = [
    # How the server runs (same model as `ours` or `default`).
    Candidate(
        "ours on plain rasa",
        "`rasa run` as installed: every action server answer "
        "checked with a newly built jsonschema validator (FAST_ACTION_VALIDATION=false)",
        "ours",
        runtime=PLAIN_RASA,
    ),
    Candidate(
        "default on plain rasa",
        "the same, for Rasa's default configuration (how a `rasa init` bot runs out of the box)",
        "default",
        base="default",
        runtime=PLAIN_RASA,
    ),
    Candidate(
        "ours + LOG_LEVEL=WARNING",
        "Rasa logs warnings only (env `LOG_LEVEL`)",
        "ours",
        runtime=Runtime(env={"LOG_LEVEL": "WARNING"}),
    ),
    Candidate(
        "ours + 2 workers",
        "`SANIC_WORKERS=2` with Rasa's Redis lock store (a local redis-server)",
        "ours",
        runtime=Runtime(env={"SANIC_WORKERS": "2"}, redis_lock_store=True),
    ),
    Candidate(
        "ours + in-memory tracker store",
        "no tracker store in the endpoints (conversations lost on restart, no forget-me deletion)",
        "ours",
        runtime=Runtime(memory_tracker_store=True),
    ),
    Candidate(
        "ours + think time",
        "2 s ± 50 % between a reply and the next message, "
        "staggered starts (people reading and typing) instead of none",
        "ours",
        think=2.0,
        concurrency=(50,),
    ),
    Candidate(
        "default + think time",
        "the same, for Rasa's default configuration",
        "default",
        base="default",
        think=2.0,
        concurrency=(50,),
    ),
    # Pipeline changes (a model trained from a changed copy of config.yml).
    Candidate(
        "char_wb 1-3", "`char_wb` n-grams 1-3 instead of 1-4", "ours", pipeline=char_ngrams(1, 3)
    ),
    Candidate(
        "char_wb 1-5", "`char_wb` n-grams 1-5 instead of 1-4", "ours", pipeline=char_ngrams(1, 5)
    ),
    Candidate("word 1-2", "word n-grams 1-2 instead of 1", "ours", pipeline=word_ngrams(2)),
    Candidate(
        "max_iter 100",
        "LogisticRegressionClassifier `max_iter: 100` (Rasa's default) instead of 1000",
        "ours",
        pipeline=max_iter(100),
    ),
]


# Issue #17: what a turn costs as the conversation grows. Each change is switched
# off on its own (launcher/endpoints.py, launcher/rasa_main.py), and all of them
# together give main as it was served before: "today's configuration".
TURN_COST_SWITCHES = {
    "TRACKER_CACHE_SIZE": ("0", "the tracker store reads and replays the whole session each turn"),
    "SEND_RECENT_EVENTS": ("false", "every action server call carries every event"),
    "REUSE_ACTION_CONNECTIONS": ("false", "a new HTTP connection per action server call"),
    "BOUNDED_RULE_STATES": (
        "false",
        "the rule policy replays every past state, twice a prediction",
    ),
    "REMEMBER_APPLIED_EVENTS": ("false", "Rasa walks the session for its applied events each call"),
    "FAST_TRACKER_COPY": ("false", "the tracker is copied before each action by replaying it"),
    "SELECTIVE_DOMAIN": ("false", "every action server call carries the whole domain"),
    "FAST_EVENT_VALIDATION": ("false", "each answer's events checked against all 23 event schemas"),
    "SQLITE_WAL": ("false", "SQLite's rollback journal: the disk is synced at every commit"),
}
BEFORE_17 = "ours before #17"
TURN_COST_CANDIDATES: List[Candidate] = [
    Candidate(
        BEFORE_17,
        "today's configuration (main before issue #17): "
        + "; ".join(reason for _, reason in TURN_COST_SWITCHES.values()),
        "ours",
        runtime=Runtime(env={name: value for name, (value, _) in TURN_COST_SWITCHES.items()}),
        concurrency=(1, 50),
        long_conversation=True,
    ),
    *(
        Candidate(
            f"ours without {name}",
            f"`{name}={value}`: {reason}",
            "ours",
            runtime=Runtime(env={name: value}),
            concurrency=(1, 50),
            long_conversation=True,
        )
        for name, (value, reason) in TURN_COST_SWITCHES.items()
    ),
]


def by_name(names: List[str]) -> List[Candidate]:
    known = {candidate.name: candidate for candidate in CANDIDATES + TURN_COST_CANDIDATES}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise SystemExit(f"unknown candidate(s) {unknown}; known: {sorted(known)}")
    return [known[name] for name in names]
