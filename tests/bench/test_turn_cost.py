"""Issue #17's turn cost in the benchmark, from made-up figures: the long conversation's
messages, medians and ratio, the tables and targets, the docs section."""

import pytest

from bench import run
from bench.candidates import BEFORE_17, TURN_COST_CANDIDATES, TURN_COST_SWITCHES
from bench.long_conversation import COACH_CYCLE, SELF_CARE, Curve, messages, smoothed
from bench.report import (
    Figures,
    turn_cost_candidates_table,
    turn_cost_table,
    turn_cost_targets,
)


def test_the_long_conversation_is_the_triage_then_the_coach():
    said = messages(300)
    assert len(said) == 300
    assert said[: len(SELF_CARE.messages)] == list(SELF_CARE.messages)
    assert set(said[len(SELF_CARE.messages) :]) == set(COACH_CYCLE) == {"next", "back", "repeat"}


def growing(slope_ms, turns=300, base_ms=20.0, failed=()):
    return [
        None if turn in failed else (base_ms + slope_ms * turn) / 1000
        for turn in range(1, turns + 1)
    ]


def test_medians_and_ratio_of_the_compared_windows():
    flat, steep = Curve(latencies=growing(0.0)), Curve(latencies=growing(1.0))
    assert flat.median_ms(10, 60) == pytest.approx(20.0)
    assert flat.ratio() == pytest.approx(1.0)
    assert steep.median_ms(10, 60) == pytest.approx(55.0)
    assert steep.median_ms(250, 300) == pytest.approx(295.0)
    assert steep.ratio() == pytest.approx(295 / 55)
    with_failures = Curve(latencies=growing(0.0, failed=range(250, 301)))
    assert with_failures.median_ms(250, 300) is None and with_failures.ratio() is None
    assert [w[:2] for w in flat.windows(100)] == [(1, 100), (101, 200), (201, 300)]
    assert smoothed([1.0, None, 3.0, 100.0, 5.0], width=3) == [1.0, 2.0, 51.5, 5.0, 52.5]


def figures(name, slope_ms, cpu_ms, reached=9, failed=0):
    load = {
        c: {
            "rasa_cpu_ms": cpu_ms,
            "turns_per_s": 1000 / cpu_ms,
            "p95_ms": 10 * cpu_ms,
            "failed": failed,
        }
        for c in (1, 50)
    }
    return Figures(
        name,
        load=load,
        reached=reached,
        conversations=9,
        curve=growing(slope_ms),
        curve_cpu_ms=cpu_ms,
    )


def test_targets_met_by_a_flat_lean_run():
    met = turn_cost_targets(figures("ours", 0.01, 20.0), figures(BEFORE_17, 1.0, 60.0))
    assert [row[2] for row in met] == [True, True, True, True, True]
    assert met[0][1].startswith("1.")


@pytest.mark.parametrize(
    "ours, unmet",
    [
        (figures("ours", 0.5, 20.0), 0),  # grows with the session
        (figures("ours", 0.0, 40.0), 1),  # not half the CPU
        (figures("ours", 0.0, 20.0, failed=1), 3),
        (figures("ours", 0.0, 20.0, reached=8), 4),
    ],
)
def test_each_unmet_target_is_marked(ours, unmet):
    rows = turn_cost_targets(ours, figures(BEFORE_17, 1.0, 60.0))
    assert [i for i, row in enumerate(rows) if not row[2]][0] == unmet


def test_tables_show_both_curves_and_each_candidate_against_ours():
    ours, today = figures("ours", 0.0, 20.0), figures(BEFORE_17, 1.0, 60.0)
    table = turn_cost_table([ours, today]).splitlines()
    assert table[0] == f"| turns | ours median ms | {BEFORE_17} median ms |"
    assert table[2] == "| 1-50 | 20 | 46 |"
    assert "| median turns 250-300 / turns 10-60 | 1.00 | 5.36 |" in table
    rows = turn_cost_candidates_table({"ours": ours}, [(today, "all off", "ours")]).splitlines()
    assert rows[2].startswith(f"| {BEFORE_17} | all off | ours | 60.0 | 60.0 | 3.00x |")
    assert rows[2].endswith("| 5.36 | 60.0 | 0 | 9/9 |")


def test_candidates_switch_each_change_off_and_today_all_of_them():
    today = next(c for c in TURN_COST_CANDIDATES if c.name == BEFORE_17)
    assert dict(today.runtime.env) == {k: v for k, (v, _) in TURN_COST_SWITCHES.items()}
    alone = [c for c in TURN_COST_CANDIDATES if c.name != BEFORE_17]
    assert sorted(len(c.runtime.env) for c in alone) == [1] * len(TURN_COST_SWITCHES)
    assert all(c.long_conversation and c.against == "ours" for c in TURN_COST_CANDIDATES)


def test_the_section_is_replaced_in_place_or_added_before_the_notes():
    section = f"{run.TURN_COST_BEGIN}\nnew\n{run.TURN_COST_END}"
    old = f"head\n{run.TURN_COST_BEGIN}\nold\n{run.TURN_COST_END}\ntail\n{run.NOTES}\nmine\n"
    assert run.with_turn_cost_section(old, section) == (
        f"head\n{section}\ntail\n{run.NOTES}\nmine\n"
    )
    added = run.with_turn_cost_section(f"head\n{run.NOTES}\nmine\n", section)
    assert added == f"head\n\n{section}\n\n{run.NOTES}\nmine\n"


def test_today_is_measured_in_every_run(monkeypatch):
    class Args:
        candidates, quick, turn_cost = None, True, False

    assert [c.name for c in run.chosen_candidates(Args)] == [BEFORE_17]
    Args.turn_cost = True
    assert run.chosen_candidates(Args) == TURN_COST_CANDIDATES
    Args.turn_cost, Args.candidates = False, "max_iter 100"
    assert [c.name for c in run.chosen_candidates(Args)] == ["max_iter 100", BEFORE_17]
