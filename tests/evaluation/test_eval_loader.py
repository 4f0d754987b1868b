"""The case loader: a good file loads; each kind of mistake names file, case and problem."""

from pathlib import Path

import pytest
import yaml

from evaluation.loader import FACT_DEFAULTS, CaseError, load_cases, parse_file, select

SAMPLE = Path(__file__).with_name("sample_cases.yml")


def case(**changes):
    """A valid case mapping; `changes` set (or, with None, remove) keys."""
    raw = {
        "id": "lay-chest-01",
        "style": "lay_terms",
        "note": "crushing feeling",
        "messages": ["my back's in a knot and my chest feels heavy"],
        "facts": {
            "knot_location": "mid_back",
            "red_flags": ["chest_pain"],
            "neck_pain": False,
            "nerve_symptoms": False,
            "tried_stretching_massage": True,
            "has_foam_roller": True,
            "can_kneel": True,
            "knot_since": "about six weeks ago",
        },
        "answers": {"red_flags": ["my chest feels heavy"]},
        "expected": "emergency",
    }
    for key, value in changes.items():
        if value is None:
            raw.pop(key)
        else:
            raw[key] = value
    return raw


def facts(**changes):
    result = dict(case()["facts"])
    for key, value in changes.items():
        if value is None:
            result.pop(key)
        else:
            result[key] = value
    return result


def write(folder: Path, name: str, cases) -> None:
    (folder / name).write_text(yaml.safe_dump({"cases": cases}))


def test_the_sample_file_loads_sorted_by_id():
    cases = load_cases(str(SAMPLE))
    ids = [c.id for c in cases]
    assert ids == sorted(ids) and len(ids) == 4
    correction = next(c for c in cases if c.id == "sample-neck-correction")
    assert correction.after_outcome == ["actually, my neck does hurt a bit"]
    assert correction.answers == {"neck_pain": ["no"]}
    assert correction.expected == "see_professional"


def test_a_good_case_keeps_its_fields_and_gets_routine_defaults(tmp_path):
    write(tmp_path, "a.yml", [case(facts=facts(has_foam_roller=None, knot_since=None))])
    [loaded] = load_cases("*.yml", root=tmp_path)
    assert loaded.id == "lay-chest-01" and loaded.style == "lay_terms"
    assert loaded.facts["red_flags"] == ["chest_pain"]
    assert loaded.facts["has_foam_roller"] is FACT_DEFAULTS["has_foam_roller"]
    assert loaded.facts["knot_since"] == FACT_DEFAULTS["knot_since"]
    assert loaded.source == "a.yml"


@pytest.mark.parametrize(
    "raw, problem",
    [
        (case(colour="blue"), "unknown key(s): colour"),
        (case(expected="urgent"), "expected level 'urgent' is not one of"),
        (case(style="shouting"), "style 'shouting' is not one of"),
        (case(messages=None), "missing messages"),
        (case(facts=None), "missing facts"),
        (case(expected=None), "missing expected"),
        (case(messages=[]), "messages needs at least 1 entry"),
        (case(messages=["a", "b", "c", "d"]), "messages has 4 entries; at most 3"),
        (case(messages="just one string"), "messages must be a list of non-empty strings"),
        (
            case(facts=facts(red_flags=["heartache"])),
            "unknown red flag(s) in facts.red_flags: heartache",
        ),
        (case(facts=facts(mood="sad")), "unknown key(s) in facts: mood"),
        (case(facts=facts(neck_pain=None)), "facts is missing neck_pain"),
        (case(facts=facts(neck_pain="yes")), "facts.neck_pain must be true or false"),
        (case(facts=facts(knot_location="elbow")), "facts.knot_location 'elbow' is not one of"),
        (case(answers={"neck_pain": []}), "answers.neck_pain needs at least 1 entry"),
        (case(after_outcome=[""]), "after_outcome must be a list of non-empty strings"),
    ],
)
def test_a_bad_case_is_named_with_its_file_and_problem(tmp_path, raw, problem):
    write(tmp_path, "bad.yml", [case(id="fine-01"), raw])
    with pytest.raises(CaseError) as error:
        load_cases("*.yml", root=tmp_path)
    message = str(error.value)
    assert message.startswith("bad.yml: case 'lay-chest-01': "), message
    assert problem in message


def test_a_case_without_id_is_named_by_position(tmp_path):
    write(tmp_path, "bad.yml", [case(id="fine-01"), case(id=None)])
    with pytest.raises(CaseError, match=r"bad.yml: case #2: missing id"):
        load_cases("*.yml", root=tmp_path)


def test_a_duplicate_id_names_both_files(tmp_path):
    write(tmp_path, "one.yml", [case()])
    write(tmp_path, "two.yml", [case(messages=["other words"])])
    with pytest.raises(CaseError) as error:
        load_cases("*.yml", root=tmp_path)
    assert str(error.value) == "two.yml: case 'lay-chest-01': duplicate id (also in one.yml)"


@pytest.mark.parametrize(
    "text, problem",
    [
        ("cases: [\n  - id: x\n", "not valid YAML"),
        ("- id: x\n", "must be a mapping with the single key `cases`"),
        ("cases: {id: x}\n", "`cases` must be a list"),
        ("cases: []\nextra: 1\n", "must be a mapping with the single key `cases`"),
    ],
)
def test_a_bad_file_is_named(text, problem):
    with pytest.raises(CaseError) as error:
        parse_file(text, "evaluation/cases/broken.yml")
    assert str(error.value).startswith("evaluation/cases/broken.yml: ")
    assert problem in str(error.value)


def test_select_by_ids_then_every_nth(tmp_path):
    write(tmp_path, "a.yml", [case(id=f"c-{n:02d}") for n in range(10)])
    cases = load_cases("*.yml", root=tmp_path)
    assert [c.id for c in select(cases, every=3)] == ["c-00", "c-03", "c-06", "c-09"]
    assert [c.id for c in select(cases, ids=["c-05", "c-01"])] == ["c-01", "c-05"]
    with pytest.raises(CaseError, match="no case with id nope"):
        select(cases, ids=["nope"])
