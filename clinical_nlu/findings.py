"""Find the triage findings in a user message (plain spaCy + medspaCy, no Rasa).

The pipeline -- blank English tokenizer, sentencizer, entity ruler over
`clinical_nlu.patterns`, medspaCy ConText over `clinical_nlu.context_rules` -- is
built once per process. Each matched finding gets an assertion:

* hypothetical or someone else's ("what if I get chest pain", "my mum had
  cancer") -> not returned at all;
* uncertain ("maybe some tingling", "not sure if my neck hurts") -> "uncertain";
* negated, or phrased as fine ("no numbness", "my neck is fine") -> "absent";
* otherwise (hedges like "a bit", history such as "I had cancer") -> "present".
"""
import logging
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional

import medspacy.context  # noqa: F401 -- registers the "medspacy_context" factory
import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Span

from clinical_nlu.context_rules import (
    FAMILY,
    HYPOTHETICAL,
    NEGATED,
    OTHER_EXPERIENCER,
    POSSIBLE,
    context_rules,
)
from clinical_nlu.patterns import ABSENT_MARK, IGNORE_LABEL, ruler_patterns

logger = logging.getLogger(__name__)

PRESENT = "present"
ABSENT = "absent"
UNCERTAIN = "uncertain"

# Only the start of a very long message is analysed (a chat turn is short).
MAX_CHARS = 5000

_NOT_THE_USERS = {HYPOTHETICAL, FAMILY, OTHER_EXPERIENCER}
_ANSWER_NO = {"no", "nope", "nah", "none", "never", "not", "really", "at", "all"}
_ANSWER_UNSURE = {"maybe", "possibly", "perhaps", "unsure", "sure", "dunno", "idk", "idea"}
# Same-length replacements, so offsets into the cleaned text fit the original.
_BLANKED = {"Cc", "Cf", "Cs"}  # control, format (zero-width), lone surrogates
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


@dataclass(frozen=True)
class Finding:
    """One finding; `start`/`end` are character offsets into the original text."""

    label: str
    value: str
    start: int
    end: int
    text: str
    assertion: str


def find_findings(text: str) -> List[Finding]:
    """All findings about the user in `text`; never raises, [] when in doubt."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        doc = build_pipeline()(_clean(text[:MAX_CHARS]))
        findings = [_to_finding(span, text) for span in doc.ents]
    except Exception:  # noqa: BLE001 -- a chat turn must never crash the bot
        logger.exception("Clinical finding extraction failed; returning no findings.")
        return []
    return [finding for finding in findings if finding is not None]


@lru_cache(maxsize=1)
def build_pipeline() -> Language:
    """The spaCy pipeline, built on first use and shared by the process."""
    nlp = spacy.blank("en")
    nlp.add_pipe(
        "sentencizer",
        config={"punct_chars": [*Sentencizer.default_punct_chars, "\n", "\n\n"]},
    )
    ruler = nlp.add_pipe("entity_ruler", config={"validate": True})
    ruler.add_patterns(ruler_patterns())
    context = nlp.add_pipe(
        "medspacy_context",
        config={"rules": None, "prune_on_target_overlap": True},
    )
    context.add(context_rules())
    return nlp


def _clean(text: str) -> str:
    """Straighten apostrophes and blank out control/format characters, keeping offsets."""
    text = text.translate(_APOSTROPHES)
    return "".join(
        " " if unicodedata.category(char) in _BLANKED and char not in "\n\t" else char
        for char in text
    )


def _to_finding(span: Span, original: str) -> Optional[Finding]:
    if span.label_ == IGNORE_LABEL:
        return None
    assertion = _assertion(span)
    if assertion is None:
        return None
    value = span.ent_id_.replace(ABSENT_MARK, "")
    start, end = span.start_char, span.end_char
    return Finding(span.label_, value, start, end, original[start:end], assertion)


def _assertion(span: Span) -> Optional[str]:
    """The assertion for a matched span, or None when it is not about the user."""
    categories = {modifier.category for modifier in span._.modifiers}
    if categories & _NOT_THE_USERS:
        return None
    answer = _short_answer(span)
    if answer is not None:
        return answer
    if POSSIBLE in categories:
        return UNCERTAIN
    if NEGATED in categories or span.ent_id_.endswith(ABSENT_MARK):
        return ABSENT
    return PRESENT


def _short_answer(span: Span) -> Optional[str]:
    """The user's own one-word answer: "Numbness? No. Tingling? Maybe."

    ConText scopes stop at the sentence end, so a question followed by a bare
    "no"/"maybe" sentence is read here.
    """
    question = span.sent
    if question[-1].text != "?" or question.end >= len(span.doc):
        return None
    words = {token.lower_ for token in span.doc[question.end].sent if token.is_alpha}
    if not words:
        return None
    if words <= _ANSWER_NO:
        return ABSENT
    if words <= _ANSWER_NO | _ANSWER_UNSURE:
        return UNCERTAIN
    return None
