"""The benchmark's tables, ratios and targets, from made-up figures."""

import os

import pytest

from bench.report import Figures, candidates_table, comparison_table, ratio, targets, targets_table
from bench.run import cpu_seconds, descendants, peak_rss_mb


def figures(
    name,
    turns_per_s,
    p95_ms,
    training_s=10.0,
    start_s=8.0,
    rss=600.0,
    f1=0.96,
    accuracy=0.97,
    failed=0,
):
    load = {
        c: {
            "turns_per_s": turns_per_s,
            "p50_ms": p95_ms / 2,
            "p95_ms": p95_ms,
            "p99_ms": p95_ms * 1.2,
            "failed": failed,
            "turns": 100,
            "rasa_cpu_ms": 1000 / turns_per_s,
            "actions_cpu_ms": 2.0,
        }
        for c in (1, 10, 50)
    }
    return Figures(name, training_s, start_s, rss, f1, accuracy, load, reached=9, conversations=9)


@pytest.mark.parametrize(
    "ours, default, expected",
    [
        (30.0, 10.0, 3.0),
        (5.0, 10.0, 0.5),
        (0.0, 10.0, 0.0),
        (1.0, 0.0, None),
        (None, 1.0, None),
        (1.0, None, None),
    ],
)
def test_ratio(ours, default, expected):
    assert ratio(ours, default) == expected


def test_comparison_table_has_one_row_per_measure_and_the_ratios():
    table = comparison_table(
        figures("ours", 60.0, 250.0), figures("default", 20.0, 900.0, training_s=300.0), (1, 10, 50)
    )
    lines = table.splitlines()
    assert lines[0] == "| measure | ours | default | ours/default |"
    assert len(lines) == 2 + 3 * 7 + 6
    assert "| C=50 turns/s | 60.0 | 20.0 | 3.00 |" in lines
    assert "| C=50 p95 ms | 250 | 900 | 0.28 |" in lines
    assert "| C=50 failed turns | 0 | 0 | - |" in lines
    assert "| training s | 10.0 | 300.0 | 0.03 |" in lines
    assert "| NLU macro-F1 (cross-validation) | 0.960 | 0.960 | 1.00 |" in lines
    assert "| triages reaching the scripted level | 9/9 | 9/9 | - |" in lines


def test_missing_scores_show_as_a_dash():
    ours = figures("ours", 60.0, 250.0)
    ours.nlu_macro_f1 = None
    assert "| NLU macro-F1 (cross-validation) | - | 0.960 | - |" in comparison_table(
        ours, figures("default", 20.0, 900.0), (1, 10, 50)
    )


@pytest.mark.parametrize(
    "ours, default, unmet",
    [
        (figures("ours", 60.0, 250.0), figures("default", 20.0, 900.0), []),
        (figures("ours", 59.0, 250.0), figures("default", 20.0, 900.0), [0]),
        (figures("ours", 60.0, 301.0), figures("default", 20.0, 900.0), [1]),
        (
            figures("ours", 60.0, 250.0, training_s=61, start_s=16, rss=701),
            figures("default", 20.0, 900.0),
            [2, 3, 4],
        ),
        (figures("ours", 60.0, 250.0, f1=0.94), figures("default", 20.0, 900.0, f1=0.90), [5]),
        (figures("ours", 60.0, 250.0, f1=0.96), figures("default", 20.0, 900.0, f1=0.97), [5]),
        (figures("ours", 60.0, 250.0, failed=1), figures("default", 20.0, 900.0), [6]),
    ],
)
def test_targets(ours, default, unmet):
    rows = targets(ours, default)
    assert len(rows) == 7
    assert [index for index, (_, _, met) in enumerate(rows) if not met] == unmet


@pytest.mark.parametrize("plain_turns, met", [(19.0, True), (21.0, False)])
def test_speed_up_against_plain_rasa_is_a_second_row(plain_turns, met):
    ours, default = figures("ours", 60.0, 250.0), figures("default", 50.0, 900.0)
    rows = targets(ours, default, figures("default on plain rasa", plain_turns, 3000.0))
    assert len(rows) == 8
    assert rows[0][2] is False  # 1.2x against the default served alike
    assert "as `rasa run` serves it" in rows[1][0] and rows[1][2] is met


def test_targets_table_marks_unmet_targets():
    table = targets_table([("a", "1", True), ("b", "2", False)])
    assert table.splitlines()[2:] == ["| a | 1 | yes |", "| b | 2 | NO |"]


def test_candidates_table_compares_each_row_with_its_reference():
    rows = {"ours": figures("ours", 10.0, 5000.0), "fast": figures("fast", 40.0, 1200.0)}
    slower = figures("slower", 20.0, 2400.0, training_s=None, f1=None, accuracy=None)
    table = candidates_table(
        rows, [(rows["fast"], "a change", "ours"), (slower, "another", "fast")]
    )
    lines = table.splitlines()
    assert len(lines) == 4
    assert lines[2].startswith(
        "| fast | a change | ours | 10.0 | 8.0 | 600 | 600 | 40.0 | 4.00x | 1200 | 0 "
        "| 25.0 | 0.25x |"
    )
    assert lines[3].startswith("| slower | another | fast | - |")
    assert "| 20.0 | 0.50x | 2400 |" in lines[3]
    assert lines[3].endswith("| - | - |")


def test_process_figures_of_this_process():
    assert descendants(os.getpid())[0] == os.getpid()
    assert cpu_seconds(os.getpid()) > 0
    assert peak_rss_mb(os.getpid()) > 10


def test_a_reference_not_measured_in_this_run_gives_no_ratio():
    table = candidates_table({}, [(figures("alone", 20.0, 2400.0), "a change", "elsewhere")])
    assert "| alone | a change | elsewhere |" in table
    assert "| 20.0 | - | 2400 |" in table
