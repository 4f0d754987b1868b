"""The conversation driver against a scripted stand-in for the assistant, and the CLI."""

import copy
import json

import pytest

import evaluation.__main__ as cli
from evaluation.client import CallError
from evaluation.driver import MAX_TURNS_AFTER_OUTCOME, is_question, run_case, run_cases
from evaluation.loader import FACT_DEFAULTS, Case
from evaluation.results import CaseResult

FACTS = {
    **FACT_DEFAULTS,
    "knot_location": "mid_back",
    "red_flags": [],
    "neck_pain": False,
    "nerve_symptoms": False,
    "tried_stretching_massage": True,
    "knot_since": "about six weeks ago",
}


def make_case(
    case_id="c-01", messages=("I have a knot",), after=(), expected="self_care_routine", **facts
):
    return Case(
        id=case_id,
        style="plain",
        messages=list(messages),
        facts={**FACTS, **facts},
        expected=expected,
        after_outcome=list(after),
    )


def state(requested=None, outcome=None, loop=None, checking=None):
    return {
        "slots": {
            "requested_slot": requested,
            "triage_outcome": outcome,
            "checking_signs": checking,
        },
        "active_loop": {"name": loop} if loop else {},
    }


class Scripted:
    """Answers turn n with script[n] (the last repeats), whatever is said; records it."""

    def __init__(self, script, fail_at=None):
        self.script = script
        self.fail_at = fail_at
        self.sent = []
        self.current = state()

    def say(self, sender, text):
        if self.fail_at is not None and len(self.sent) == self.fail_at:
            raise CallError("POST /webhooks/rest/webhook: no answer within 60 s")
        self.sent.append(text)
        messages, self.current = self.script[min(len(self.sent), len(self.script)) - 1]
        return copy.deepcopy(messages)

    def tracker(self, sender):
        return copy.deepcopy(self.current)


def ask(text, buttons=()):
    message = {"text": text}
    if buttons:
        message["buttons"] = [{"title": b, "payload": "/" + b.lower()} for b in buttons]
    return message


WHERE = ask("Question 1 of 3: Where exactly is the knot?", ["Neck", "Other"])
SCREEN = ask("Question 2 of 3: Any of these?", ["None of these"])
WHEN = ask("Roughly when did the knot start?")
SELF_CARE = {"text": "SELF-CARE: ..."}


def test_questions_are_answered_until_the_first_outcome():
    fake = Scripted(
        [
            ([{"text": "Hi, I'm a guide."}, WHERE], state("knot_location", loop="triage_form")),
            ([SCREEN], state("red_flags", loop="triage_form")),
            ([SELF_CARE, WHEN], state("knot_since", "self_care_routine", "routine_form")),
        ]
    )
    result = run_case(fake, make_case())
    assert fake.sent == ["I have a knot", "between my shoulder blades", "none of those"]
    assert (result.first_level, result.final_level) == ("self_care_routine",) * 2
    assert result.turns_to_first == 3 and result.user_turns == 3
    assert result.questions == [WHERE["text"], SCREEN["text"], WHEN["text"]]
    assert result.bot_texts[0] == "Hi, I'm a guide." and len(result.bot_texts) == 5
    assert result.errors == []
    assert result.sender.startswith("eval-c-01-")
    said = [e for e in result.transcript if e["from"] == "user"]
    assert [e["rule"] for e in said] == ["script", "d", "d"]
    assert said[2]["answering"] == {"requested_slot": "red_flags", "checking_signs": None}
    lines = result.transcript_text().splitlines()
    assert lines[0] == "you> I have a knot"
    assert lines[2] == "bot> Question 1 of 3: Where exactly is the knot?  [Neck] [Other]"
    assert lines[5] == "you> none of those    (rule d: red_flags)"


def test_no_outcome_after_twelve_turns():
    fake = Scripted([([{"text": "I see."}], state())])
    result = run_case(fake, make_case(messages=["one", "two"]))
    assert fake.sent == ["one", "two"] + ["what do you think?"] * 10
    assert result.first_level is None and result.final_level is None
    assert result.turns_to_first is None and result.user_turns == 12


def test_all_opening_messages_are_sent_even_after_an_early_outcome():
    fake = Scripted(
        [
            ([{"text": "EMERGENCY"}], state(outcome="urgent_care")),
            ([{"text": "EMERGENCY"}], state(outcome="emergency")),
        ]
    )
    result = run_case(fake, make_case(messages=["fever", "and chest pain"], expected="emergency"))
    assert fake.sent == ["fever", "and chest pain"]
    assert result.turns_to_first == 1
    assert (result.first_level, result.final_level) == ("emergency", "emergency")


def test_after_outcome_messages_then_questions_until_nothing_is_asked():
    fake = Scripted(
        [
            ([SELF_CARE, WHEN], state("knot_since", "self_care_routine", "routine_form")),
            (
                [{"text": "SEE A PROFESSIONAL"}, WHEN],
                state("knot_since", "see_professional", "summary_form"),
            ),
            ([{"text": "Summary: ..."}], state(outcome="see_professional")),
        ]
    )
    case = make_case(
        messages=["knot, mid back, nothing else"],
        after=["actually my neck does hurt"],
        expected="see_professional",
    )
    result = run_case(fake, case)
    assert fake.sent == [
        "knot, mid back, nothing else",
        "actually my neck does hurt",
        "about six weeks ago",
    ]
    assert (result.first_level, result.final_level) == ("self_care_routine", "see_professional")


def test_without_after_outcome_the_planning_questions_are_not_answered():
    fake = Scripted([([SELF_CARE, WHEN], state("knot_since", "self_care_routine", "routine_form"))])
    result = run_case(fake, make_case())
    assert fake.sent == ["I have a knot"]
    assert result.final_level == "self_care_routine"


def test_at_most_eight_answers_after_the_outcome():
    fake = Scripted([([WHEN], state("knot_since", "self_care_routine", "routine_form"))])
    result = run_case(fake, make_case(after=["ok"]))
    assert fake.sent == ["I have a knot", "ok"] + ["about six weeks ago"] * MAX_TURNS_AFTER_OUTCOME
    assert result.final_level == "self_care_routine"


def test_a_sign_check_is_answered_from_the_facts():
    fake = Scripted(
        [
            (
                [ask("Right now, do you have chest pain?", ["Yes", "No"])],
                state("red_flags", checking=["chest_pain"], loop="triage_form"),
            ),
            ([{"text": "EMERGENCY"}], state(outcome="emergency")),
        ]
    )
    result = run_case(fake, make_case(red_flags=["chest_pain"], expected="emergency"))
    assert fake.sent[1] in ("yes", "yeah I do", "yes, I have")
    assert "(rule b: checking chest_pain)" in result.transcript_text()
    assert result.final_level == "emergency"


def test_a_failed_call_ends_the_case_as_no_outcome():
    fake = Scripted([([SELF_CARE], state(outcome="self_care_routine"))], fail_at=1)
    result = run_case(fake, make_case(messages=["one", "two"], after=["three"]))
    assert result.final_level is None
    assert result.errors == ["POST /webhooks/rest/webhook: no answer within 60 s"]
    assert "error> POST /webhooks/rest/webhook" in result.transcript_text()


def test_a_bug_in_one_case_is_recorded_not_raised():
    class Broken(Scripted):
        def tracker(self, sender):
            raise KeyError("slots")

    result = run_case(Broken([([SELF_CARE], state())]), make_case())
    assert result.final_level is None
    assert result.errors and result.errors[0].startswith("KeyError")


def test_run_cases_keeps_the_order_and_reports_progress():
    class PerSender:
        def say(self, sender, text):
            return [{"text": "ok"}]

        def tracker(self, sender):
            level = "emergency" if "-e-" in sender else "self_care_routine"
            return state(outcome=level)

    cases = [make_case(f"c-{n:02d}" + ("-e" if n % 2 else "")) for n in range(9)]
    seen = []
    results = run_cases(
        PerSender(), cases, workers=3, progress=lambda done, total, r: seen.append((done, total))
    )
    assert [r.id for r in results] == [c.id for c in cases]
    assert [r.final_level for r in results][:2] == ["self_care_routine", "emergency"]
    assert sorted(seen) == [(n, 9) for n in range(1, 10)]


@pytest.mark.parametrize(
    "message, question",
    [
        ({"text": "Where exactly is the knot?"}, True),
        ({"text": "Where exactly is the knot?  \n"}, True),
        ({"text": "Here's your routine.", "buttons": [{"title": "Next", "payload": "/n"}]}, True),
        ({"text": "Here's your routine."}, False),
        ({"image": "x.png"}, False),
    ],
)
def test_is_question(message, question):
    assert is_question(message) is question


CASE_FILE = """
cases:
  - id: only-one
    style: plain
    messages: ["knot"]
    facts: {knot_location: mid_back, red_flags: [], neck_pain: false,
            nerve_symptoms: false, tried_stretching_massage: true}
    expected: self_care_routine
"""


@pytest.fixture
def one_case(tmp_path):
    (tmp_path / "one.yml").write_text(CASE_FILE)
    return str(tmp_path / "*.yml")


@pytest.mark.parametrize(
    "level, check, code",
    [
        ("self_care_routine", True, 0),
        ("see_professional", False, 0),
        ("see_professional", True, 1),
    ],
)
def test_cli_reports_and_checks_targets(
    monkeypatch, capsys, tmp_path, one_case, level, check, code
):
    def fake_run(client, cases, workers, progress):
        assert client.base_url == "http://127.0.0.1:9" and client.token == "t"
        return [
            CaseResult(c.id, c.style, c.expected, first_level=level, final_level=level)
            for c in cases
        ]

    monkeypatch.setattr(cli, "run_cases", fake_run)
    out = tmp_path / "out" / "results.json"
    argv = ["--cases", one_case, "--url", "http://127.0.0.1:9", "--token", "t", "--json", str(out)]
    assert cli.main(argv + (["--check"] if check else [])) == code
    printed = capsys.readouterr().out
    assert "Targets" in printed
    assert ("NOT met" in printed) is (level != "self_care_routine")
    data = json.loads(out.read_text())
    assert data["results"][0]["final_level"] == level
    assert data["figures"]["correct"] == (1 if level == "self_care_routine" else 0)


def test_cli_names_a_bad_case_file(capsys, tmp_path):
    (tmp_path / "bad.yml").write_text(CASE_FILE.replace("plain", "mumbling"))
    assert cli.main(["--cases", str(tmp_path / "*.yml"), "--url", "http://x", "--token", "t"]) == 2
    assert "bad.yml: case 'only-one': style 'mumbling'" in capsys.readouterr().err


def test_cli_without_cases_fails_clearly(capsys, tmp_path):
    assert cli.main(["--cases", str(tmp_path / "*.yml"), "--url", "http://x", "--token", "t"]) == 2
    assert "no cases: nothing matches" in capsys.readouterr().err


def test_cli_without_a_model_says_to_train(monkeypatch, capsys, one_case, tmp_path):
    monkeypatch.setattr(cli, "MODEL", cli.ROOT / "models" / "missing-model.tar.gz")
    assert cli.main(["--cases", one_case]) == 2
    assert "run `make train`" in capsys.readouterr().err
