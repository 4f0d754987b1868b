"""Find the triage findings in a user message (plain spaCy + medspaCy, no Rasa).

The pipeline, built once per process: blank English tokenizer (weight units
split off numbers: "15lbs"), sentencizer, `spelling.VocabularySpelling`
(misspelled and inflected words matched as the vocabulary's), the entity
ruler over `clinical_nlu.patterns`, `warning_cues.WarningCueSpans`, and
medspaCy ConText over `clinical_nlu.context_rules`. Every sentence of the
message is read and ConText never reaches across a sentence end, so a "no" or
"maybe" in one sentence does not touch a finding in another. Each finding
gets an assertion:

* hypothetical or someone else's ("what if I get chest pain", "my mum had
  cancer") -> not returned at all;
* uncertain ("maybe some tingling", "not sure if my neck hurts", "my chest
  feels weird") -> "uncertain";
* negated, or phrased as fine ("no numbness", "my neck is fine") -> "absent";
* for symptoms, red flags and warning cues, time as `clinical_nlu.time_context`
  reads it: over or long ago -> "absent", the recent past -> "past" (for a
  red flag or cue; a symptom stays "present");
* otherwise (hedges like "a bit", ongoing, history such as "I had cancer")
  -> "present".
"""

import logging
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Dict, FrozenSet, List, Optional, Set, Tuple

import medspacy.context  # noqa: F401 -- registers the "medspacy_context" factory
import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span
from spacy.util import compile_suffix_regex

from clinical_nlu.assertions import ABSENT, PAST, PRESENT, UNCERTAIN
from clinical_nlu.context_rules import (
    FAMILY,
    HYPOTHETICAL,
    NEGATED,
    OTHER_EXPERIENCER,
    POSSIBLE,
    context_rules,
)
from clinical_nlu.notation import pattern_words
from clinical_nlu.patterns import (
    ABSENT_MARK,
    IGNORE_LABEL,
    MATCH_ATTR,
    RED_FLAG,
    SYMPTOM,
    UNCERTAIN_MARK,
    ruler_patterns,
    vocabulary,
)
from clinical_nlu.spelling import VocabularySpelling
from clinical_nlu.time_context import time_assertion
from clinical_nlu.warning_cues import (
    CLINICAL_SPANS,
    WarningCueSpans,
    cue_patterns,
    select_cues,
)
from triage.contract import WARNING_CUE

logger = logging.getLogger(__name__)

# Only the start of a very long message is analysed (a chat turn is short).
MAX_CHARS = 5000

_NOT_THE_USERS = {HYPOTHETICAL, FAMILY, OTHER_EXPERIENCER}
_TIMED_LABELS = {SYMPTOM, RED_FLAG, WARNING_CUE}
_ANSWER_NO = {"no", "nope", "nah", "none", "never", "not", "really", "at", "all"}
_ANSWER_UNSURE = {"maybe", "possibly", "perhaps", "unsure", "sure", "dunno", "idk", "idea"}
# Same-length replacements, so offsets into the cleaned text fit the original.
_BLANKED = {"Cc", "Cf", "Cs"}  # control, format (zero-width), lone surrogates
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_UNIT_AFTER_NUMBER = r"(?<=[0-9])(?:lbs|kgs|kilos|kilo|st|stone|pounds)"

SpanKey = Tuple[int, int, str]


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
        categories = _categories(doc)
        findings = [_to_finding(span, text, categories) for span in doc.spans[CLINICAL_SPANS]]
    except Exception:  # noqa: BLE001 -- a chat turn must never crash the bot
        logger.exception("Clinical finding extraction failed; returning no findings.")
        return []
    return select_cues(finding for finding in findings if finding is not None)


@lru_cache(maxsize=1)
def build_pipeline() -> Language:
    """The spaCy pipeline, built on first use and shared by the process."""
    nlp = spacy.blank("en")
    suffixes = [*nlp.Defaults.suffixes, _UNIT_AFTER_NUMBER]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.add_pipe(
        "sentencizer",
        config={"punct_chars": [*Sentencizer.default_punct_chars, "\n", "\n\n"]},
    )
    nlp.add_pipe("clinical_spelling")
    ruler = nlp.add_pipe("entity_ruler", config={"validate": True})
    ruler.add_patterns(ruler_patterns())
    nlp.add_pipe("clinical_warning_cues")
    context = nlp.add_pipe(
        "medspacy_context",
        config={
            "rules": None,
            "prune_on_target_overlap": True,
            "input_span_type": "group",
            "span_group_name": CLINICAL_SPANS,
        },
    )
    context.add(context_rules())
    return nlp


@Language.factory("clinical_spelling")
def _make_spelling(nlp: Language, name: str) -> VocabularySpelling:
    cue_words = pattern_words(chain.from_iterable(cue_patterns().values()), MATCH_ATTR)
    return VocabularySpelling(vocabulary() | cue_words)


@Language.factory("clinical_warning_cues")
def _make_warning_cues(nlp: Language, name: str) -> WarningCueSpans:
    return WarningCueSpans(nlp)


def _clean(text: str) -> str:
    """Straighten apostrophes and blank out control/format characters, keeping offsets.

    A full stop is added after a text that ends without one, so that a closing
    "chest pain: no" reads like the same words mid-message (no finding spans it).
    """
    text = text.translate(_APOSTROPHES)
    cleaned = "".join(
        " " if unicodedata.category(char) in _BLANKED and char not in "\n\t" else char
        for char in text
    )
    return cleaned if cleaned.rstrip()[-1:] in ".!?" else cleaned + " ."


def _categories(doc: Doc) -> Dict[SpanKey, Set[str]]:
    """ConText categories reaching each span (a cue and a place may share offsets)."""
    categories: Dict[SpanKey, Set[str]] = {}
    for target, modifier in doc._.context_graph.edges:
        categories.setdefault(_key(target), set()).add(modifier.category)
    return categories


def _key(span: Span) -> SpanKey:
    return span.start, span.end, span.label_


def _to_finding(
    span: Span, original: str, categories: Dict[SpanKey, Set[str]]
) -> Optional[Finding]:
    if span.label_ == IGNORE_LABEL:
        return None
    value = span.id_.replace(ABSENT_MARK, "").replace(UNCERTAIN_MARK, "")
    assertion = _assertion(span, value, frozenset(categories.get(_key(span), ())))
    if assertion is None:
        return None
    start, end = span.start_char, span.end_char
    return Finding(span.label_, value, start, end, original[start:end], assertion)


def _assertion(span: Span, value: str, categories: FrozenSet[str]) -> Optional[str]:
    """The assertion for a matched span, or None when it is not about the user."""
    if categories & _NOT_THE_USERS:
        return None
    answer = _short_answer(span)
    if answer is not None:
        return answer
    if POSSIBLE in categories:
        return UNCERTAIN
    if NEGATED in categories or span.id_.endswith(ABSENT_MARK):
        return ABSENT
    timed = (
        time_assertion(value, categories, _words_around(span), span.label_ != SYMPTOM)
        if span.label_ in _TIMED_LABELS
        else None
    )
    if timed in (ABSENT, PAST):
        return timed
    return UNCERTAIN if span.id_.endswith(UNCERTAIN_MARK) else PRESENT


def _words_around(span: Span) -> List[str]:
    """The span's words and the one before it in its sentence ("had a fever")."""
    before = [span.doc[span.start - 1].lower_] if span.start > span.sent.start else []
    return before + [token.lower_ for token in span]


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
