"""Drive one conversation per case against the running assistant.

1. The opening: each of the case's `messages`, one REST turn each; the tracker
   is read after every turn.
2. Until the first outcome (slot `triage_outcome` set), the person answers what
   is asked (`answering.choose_reply`); after 12 user turns in all without an
   outcome the case ends as "no outcome".
3. Cases with `after_outcome` messages send them in turn (a follow-up case
   first answers the planning questions: the person comes back later) and keep
   answering the questions asked (planning, follow-up, sign checks) for at most 8 more turns,
   until no form is active and nothing is asked. Their final level is the
   outcome at the end; for other cases it is the first outcome.

A failed call ends that case as "no outcome" with the error recorded; it never
stops the run. Cases run concurrently, each with a fresh sender id.
"""

import uuid
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any, Callable, Dict, List, Optional, Sequence

from evaluation.answering import IDLE_PROMPT, choose_reply, counted, is_asking
from evaluation.client import AssistantClient, CallError
from evaluation.loader import Case
from evaluation.results import CaseResult

MAX_TURNS_TO_OUTCOME = 12
MAX_TURNS_AFTER_OUTCOME = 8
FOLLOW_UP = "follow_up"
DEFAULT_WORKERS = 4


def is_question(message: Dict[str, Any]) -> bool:
    """A bot message that asks something: it ends with '?' or carries buttons."""
    return (message.get("text") or "").rstrip().endswith("?") or bool(message.get("buttons"))


class Conversation:
    """One sender's conversation: sends turns, reads the tracker, records everything."""

    def __init__(self, client: AssistantClient, case: Case, sender: str) -> None:
        self.client = client
        self.case = case
        self.result = CaseResult(case.id, case.style, case.expected, sender=sender)
        self.tracker: Dict[str, Any] = {}
        self.last_message: Optional[Dict[str, Any]] = None
        self.answered: Dict[str, int] = {}

    @property
    def outcome(self) -> Optional[str]:
        return (self.tracker.get("slots") or {}).get("triage_outcome") or None

    def say(
        self, text: str, rule: str = "script", answering: Optional[Dict[str, Any]] = None
    ) -> None:
        """One user turn, then the tracker as it stands after it.

        `rule` and `answering` (the requested slot and signs being checked) are
        kept in the transcript to show why the person said it.
        """
        result = self.result
        result.user_turns += 1
        entry: Dict[str, Any] = {"from": "user", "text": text, "rule": rule}
        if answering:
            entry["answering"] = answering
        result.transcript.append(entry)
        messages = self.client.say(result.sender, text)
        for message in messages:
            entry = {"from": "bot", "text": message.get("text") or ""}
            if message.get("buttons"):
                entry["buttons"] = message["buttons"]
            result.transcript.append(entry)
            result.bot_texts.append(entry["text"])
            if is_question(message):
                result.questions.append(entry["text"])
        self.last_message = messages[-1] if messages else None
        self.tracker = self.client.tracker(result.sender)
        if self.outcome and result.turns_to_first is None:
            result.turns_to_first = result.user_turns

    def answer(self, idle: Optional[str]) -> bool:
        """Answer what is asked; False when nothing is asked (and `idle` is None)."""
        case = self.case
        reply = choose_reply(
            case.id,
            case.facts,
            case.answers,
            self.tracker,
            self.last_message,
            self.answered,
            idle=idle,
        )
        if reply is None:
            return False
        counted(self.answered, reply)
        slots = self.tracker.get("slots") or {}
        self.say(
            reply.text,
            reply.rule,
            {
                "requested_slot": slots.get("requested_slot"),
                "checking_signs": slots.get("checking_signs"),
            },
        )
        return True

    def answer_while_asked(self, budget: int) -> int:
        """Answer the questions asked, at most `budget` turns; the budget left."""
        while budget > 0 and is_asking(self.tracker) and self.answer(idle=None):
            budget -= 1
        return budget

    def run(self) -> CaseResult:
        case, result = self.case, self.result
        for text in case.messages:
            self.say(text)
        while self.outcome is None and result.user_turns < MAX_TURNS_TO_OUTCOME:
            self.answer(IDLE_PROMPT)
        if self.outcome is None:
            return result
        result.first_level = self.outcome
        if not case.after_outcome:
            result.final_level = result.first_level
            return result
        budget = MAX_TURNS_AFTER_OUTCOME
        if case.style == FOLLOW_UP:
            # A returning person: the planning questions were answered back then.
            budget = self.answer_while_asked(budget)
        for text in case.after_outcome:
            self.say(text)
            budget = self.answer_while_asked(budget)
        result.final_level = self.outcome
        return result


def new_sender(case_id: str) -> str:
    return f"eval-{case_id}-{uuid.uuid4().hex[:8]}"


def run_case(client: AssistantClient, case: Case) -> CaseResult:
    """The result of one case's conversation; an error makes it "no outcome"."""
    conversation = Conversation(client, case, new_sender(case.id))
    try:
        return conversation.run()
    except CallError as error:
        result = conversation.result
        result.errors.append(str(error))
        result.final_level = None
        return result
    except Exception as error:  # a bug must not stop the other cases
        result = conversation.result
        result.errors.append(f"{type(error).__name__}: {error}")
        result.final_level = None
        return result


def run_cases(
    client: AssistantClient,
    cases: Sequence[Case],
    workers: int = DEFAULT_WORKERS,
    progress: Optional[Callable[[int, int, CaseResult], None]] = None,
) -> List[CaseResult]:
    """Every case's result, in the order of `cases`, `workers` conversations at a time."""
    results: List[Optional[CaseResult]] = [None] * len(cases)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = {pool.submit(run_case, client, case): index for index, case in enumerate(cases)}
        done = 0
        for future in as_completed(futures):
            index = futures[future]
            results[index] = future.result()
            done += 1
            if progress:
                progress(done, len(cases), results[index])
    return [result for result in results if result is not None]
