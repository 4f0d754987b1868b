"""Misspelled and inflected words mapped onto the words the term tables use.

`VocabularySpelling` is a spaCy component that runs before the entity ruler and
sets each token's NORM (which the ruler matches on) to the vocabulary word the
token stands for; the text, and so every character offset, is left as typed.

* a vocabulary word, or a word of 3 letters or fewer, stays as it is;
* a known English word (lemminflect's lexicon) is never "corrected": only
  another inflection of a vocabulary word's lemma is mapped to it ("ached" ->
  "ache", "shivered" -> "shivers");
* an unknown word of 5 letters or more is mapped to the single closest
  vocabulary word with the same first letter, at most 1 edit away (2 from 9
  letters on; a swap of two letters counts as one edit): "nubmness" ->
  "numbness", "tingleing" -> "tingling". A 5-letter word may only lose, gain
  or swap a letter ("chets" -> "chest", not "delte" -> "delts"). Of tied
  words, the real ones count ("numness", a listed misspelling, loses to
  "numbness"), and forms of one lemma are one ("radiats" -> "radiate");
  any other tie, or a capitalised word inside a sentence (a name), is left
  alone.

The vocabulary is the project's own (the words of the term tables); nothing is
downloaded.
"""

from functools import lru_cache
from typing import Dict, Iterable, Optional, Set

import lemminflect
from rapidfuzz import process
from rapidfuzz.distance import OSA
from spacy.tokens import Doc

_SHORTEST_CHANGED = 4
_SHORTEST_FUZZY = 5
_LONG_WORD = 9
_SHARED_STEM = 3  # a lemma shares its first letters with the word ("left" is not "leave")


class VocabularySpelling:
    """Sets each token's NORM to the vocabulary word it stands for."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words: Set[str] = {word for word in words if word.isalpha()}
        self._fuzzy_targets = sorted(w for w in self._words if len(w) >= _SHORTEST_CHANGED)
        self._by_lemma = _words_by_lemma(self._fuzzy_targets)
        self.word_for = lru_cache(maxsize=20_000)(self._word_for)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            word = token.lower_
            if token.is_title and not token.is_sent_start and word not in self._words:
                token.norm_ = word  # a name, not a typo
            else:
                token.norm_ = self.word_for(word)
        return doc

    def _word_for(self, word: str) -> str:
        if len(word) < _SHORTEST_CHANGED or word in self._words or not word.isalpha():
            return word
        if _lemmas(word):
            return self._lemma_word(word)
        return self._closest(word) or word

    def _closest(self, word: str) -> Optional[str]:
        if len(word) < _SHORTEST_FUZZY:
            return None
        edits = 2 if len(word) >= _LONG_WORD else 1
        matches = process.extract(
            word, self._fuzzy_targets, scorer=OSA.distance, score_cutoff=edits, limit=None
        )
        best = min((distance for _, distance, _ in matches), default=None)
        closest = [
            target
            for target, distance, _ in matches
            if distance == best and target[0] == word[0] and _plausible(word, target)
        ]
        real = [target for target in closest if _lemmas(target)] or closest
        if len({self._lemma_word(target) for target in real}) != 1:
            return None
        return min(real, key=lambda target: (abs(len(target) - len(word)), target))

    def _lemma_word(self, word: str) -> str:
        """The vocabulary word standing for `word`'s lemma (or `word` itself)."""
        return next(
            (self._by_lemma[lemma] for lemma in sorted(_lemmas(word)) if lemma in self._by_lemma),
            word,
        )


def _plausible(word: str, target: str) -> bool:
    """A short word's typo is a letter lost, added or swapped, not replaced."""
    return len(word) > _SHORTEST_FUZZY or len(word) != len(target) or sorted(word) == sorted(target)


def _lemmas(word: str) -> Set[str]:
    """The word's lemmas in lemminflect's lexicon ({} for a word it does not know)."""
    return {lemma for lemmas in lemminflect.getAllLemmas(word).values() for lemma in lemmas}


def _words_by_lemma(words: Iterable[str]) -> Dict[str, str]:
    """lemma -> the vocabulary word standing for it (the lemma itself if listed)."""
    by_lemma: Dict[str, str] = {}
    for word in sorted(words, key=lambda w: (len(w), w)):
        for lemma in _lemmas(word) | {word}:
            if lemma[:_SHARED_STEM] == word[:_SHARED_STEM]:
                if lemma == word or lemma not in by_lemma:
                    by_lemma[lemma] = word
    return by_lemma
