"""Candidate configurations are changed copies of config.yml; config.yml stays as it is."""

from pathlib import Path

import pytest
import yaml

from bench.candidates import CANDIDATES, by_name, char_ngrams, max_iter, word_ngrams

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def config():
    return yaml.safe_load((ROOT / "config.yml").read_text())


def _names(config):
    return [component["name"] for component in config["pipeline"]]


@pytest.mark.parametrize(
    "change, component, expected",
    [
        (char_ngrams(1, 3), 3, {"analyzer": "char_wb", "min_ngram": 1, "max_ngram": 3}),
        (char_ngrams(2, 5), 3, {"analyzer": "char_wb", "min_ngram": 2, "max_ngram": 5}),
        (word_ngrams(2), 2, {"min_ngram": 1, "max_ngram": 2}),
        (max_iter(100), 4, {"max_iter": 100}),
    ],
)
def test_a_pipeline_change_touches_one_component_of_a_copy(config, change, component, expected):
    original = yaml.safe_load(yaml.safe_dump(config))
    changed = change(config)
    assert config == original
    assert _names(changed) == _names(config)
    assert {k: changed["pipeline"][component][k] for k in expected} == expected
    others = [c for i, c in enumerate(changed["pipeline"]) if i != component]
    assert others == [c for i, c in enumerate(config["pipeline"]) if i != component]
    assert changed["policies"] == config["policies"]


def test_candidates_have_unique_names_and_known_references():
    names = [candidate.name for candidate in CANDIDATES]
    assert len(set(names)) == len(names)
    assert all("," not in name for name in names)  # --candidates takes a comma-separated list
    for candidate in CANDIDATES:
        assert candidate.against in {"ours", "default", *names}
        assert candidate.base in {"ours", "default"}
    assert by_name(names[:2]) == CANDIDATES[:2]
    with pytest.raises(SystemExit):
        by_name(["no such candidate"])
