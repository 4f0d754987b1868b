"""Property-based tests: no exception on arbitrary input, and the most urgent level wins."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from clinical_nlu.findings import find_findings
from triage import red_flags
from triage.answers import Mention, Turn, read_turn
from triage.contract import LEVELS, LOCATIONS, TRIAGE_QUESTIONS
from triage.dates import read_date
from triage.decision import Answers, answers_from_slots, decide
from triage.progress import read_progress

FLAG_IDS = [flag.id for flag in red_flags.RED_FLAGS]
maybe_bool = st.one_of(st.none(), st.booleans())

answers = st.builds(
    Answers,
    knot_location=st.one_of(st.none(), st.sampled_from(LOCATIONS)),
    red_flags=st.one_of(st.none(), st.lists(st.sampled_from(FLAG_IDS), max_size=4)),
    neck_pain=maybe_bool,
    nerve_symptoms=maybe_bool,
    tried_stretching_massage=maybe_bool,
    feels_not_right=st.booleans(),
    unsure=st.frozensets(st.sampled_from(TRIAGE_QUESTIONS)),
    routine_days=st.one_of(st.none(), st.integers(0, 400)),
    routine_progress=st.one_of(st.none(), st.sampled_from(["better", "same", "worse"])),
)


@given(answers)
def test_decision_is_a_known_level_with_reasons(given_answers):
    decision = decide(given_answers)
    assert decision.level in LEVELS
    assert decision.reasons


@given(answers)
def test_most_urgent_red_flag_always_wins(given_answers):
    decision = decide(given_answers)
    flag_levels = [red_flags.level_of(flag) for flag in given_answers.red_flags or []]
    if flag_levels:
        assert decision.level == min(flag_levels, key=LEVELS.index)
    else:
        assert decision.level in LEVELS[1:]


@given(answers, st.sampled_from(FLAG_IDS))
def test_adding_a_red_flag_never_lowers_the_level(given_answers, flag):
    before = decide(given_answers).level
    after = decide(
        Answers(
            **{**given_answers.__dict__, "red_flags": list(given_answers.red_flags or []) + [flag]}
        )
    ).level
    assert LEVELS.index(after) <= LEVELS.index(before)


@given(
    st.dictionaries(
        st.text(max_size=20),
        st.one_of(
            st.none(), st.text(), st.integers(), st.booleans(), st.lists(st.text(max_size=5))
        ),
    )
)
def test_answers_from_arbitrary_slots_never_raise(slots):
    assert decide(answers_from_slots(slots, date(2026, 11, 28))).level in LEVELS


@settings(max_examples=150)
@given(st.text(max_size=300), st.dates(date(2000, 1, 1), date(2100, 1, 1)))
def test_read_date_never_raises_and_never_returns_the_future(text, today):
    reading = read_date(text, today)
    assert (reading.date is None) != (reading.problem is None)
    if reading.date:
        assert reading.date <= today
    assert all(option <= today for option in reading.options)


@given(st.text(max_size=300))
def test_read_progress_never_raises(text):
    assert read_progress(text) in (None, "better", "same", "worse")


mentions = st.lists(
    st.builds(
        Mention,
        st.sampled_from(["symptom", "red_flag", "knot_location", "equipment", "x"]),
        st.text(max_size=12),
        st.sampled_from(["present", "absent", "uncertain", "odd"]),
    ),
    max_size=4,
)


@settings(max_examples=150)
@given(
    st.text(max_size=200),
    st.one_of(st.none(), st.text(max_size=15)),
    mentions,
    st.one_of(
        st.none(), st.sampled_from(list(TRIAGE_QUESTIONS) + ["knot_since", "routine_started_on"])
    ),
)
def test_read_turn_never_raises(text, intent, found, requested):
    slots = read_turn(Turn(text, intent, tuple(found)), requested, {}, date(2026, 11, 28))
    assert isinstance(slots, dict)


@settings(max_examples=60, deadline=timedelta(seconds=2))
@given(st.text(max_size=400))
def test_find_findings_never_raises_and_offsets_fit(text):
    for finding in find_findings(text):
        assert text[finding.start : finding.end] == finding.text
