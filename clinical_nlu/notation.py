"""A compact notation for spaCy token patterns, so the term tables stay readable.

A *spec* is a whitespace-separated string; each item matches one token:

* ``a|b|c``   -- the lower-cased token is one of the alternatives;
* ``NAME``    -- a group from the vocabulary: a string ``"a|b|c"`` is a one-token
  group (it may be mixed into an alternation: ``HURT|hard``), a tuple of specs
  is a phrase group (any of those sub-phrases; it must stand alone);
* a trailing ``?``, ``*`` or ``+`` is the spaCy operator (phrase groups take only
  ``?``); ``#NUM`` matches a number-like token ("6", "two"), ``#YEAR`` a
  four-digit one ("2019").

``expand("sore|stiff NECK", vocab)`` returns the list of spaCy token patterns
the spec stands for (phrase groups multiply out into several patterns); words
are compared on the token attribute `attr` (``LOWER`` unless told otherwise).
"""

from itertools import product
from typing import Any, Dict, Iterable, List, Mapping, Set, Tuple, Union

Token = Dict[str, Any]
Pattern = List[Token]
Vocabulary = Mapping[str, Union[str, Tuple[str, ...]]]

_OPERATORS = "?*+"
_SHAPES: Dict[str, Token] = {"#NUM": {"LIKE_NUM": True}, "#YEAR": {"SHAPE": "dddd"}}


def expand(spec: str, vocab: Vocabulary, attr: str = "LOWER") -> List[Pattern]:
    """Expand a spec into every spaCy token pattern it stands for."""
    choices = [_item_choices(item, vocab, attr) for item in spec.split()]
    return [[token for part in combo for token in part] for combo in product(*choices)]


def pattern_words(patterns: Iterable[Pattern], attr: str = "LOWER") -> Set[str]:
    """The literal words that token patterns compare `attr` with."""
    return {
        word
        for pattern in patterns
        for token in pattern
        for word in token.get(attr, {}).get("IN", ())
    }


def _item_choices(item: str, vocab: Vocabulary, attr: str) -> List[Pattern]:
    """The alternative token sequences one spec item can match."""
    name, op = _split_operator(item)
    group = vocab.get(name)
    if isinstance(group, tuple):
        if op not in ("", "?"):
            raise ValueError(f"Phrase group {name!r} only takes '?', not {op!r}")
        options = [pattern for sub in group for pattern in expand(sub, vocab, attr)]
        return options + [[]] if op == "?" else options
    return [[_token(_words(name, vocab), op, attr)]]


def _words(alternation: str, vocab: Vocabulary) -> List[str]:
    """The literal words of ``a|GROUP|b``, one-token groups spliced in."""
    words: List[str] = []
    for alternative in alternation.split("|"):
        if alternative in _SHAPES or not alternative.isupper():
            words.append(alternative)
        elif isinstance(vocab.get(alternative), str):
            words.extend(_words(vocab[alternative], vocab))
        else:
            raise KeyError(f"{alternative!r} is not a one-token vocabulary group")
    return words


def _split_operator(item: str) -> Tuple[str, str]:
    if len(item) > 1 and item[-1] in _OPERATORS:
        return item[:-1], item[-1]
    return item, ""


def _token(words: List[str], op: str, attr: str) -> Token:
    shape = _SHAPES.get(words[0]) if len(words) == 1 else None
    token: Token = dict(shape) if shape else {attr: {"IN": words}}
    if op:
        token["OP"] = op
    return token
