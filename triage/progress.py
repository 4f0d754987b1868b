"""Reading how the routine is going: better, the same, or worse."""

import re
from typing import Optional

from triage.contract import BETTER, SAME, WORSE

_WORSE = re.compile(r"\b(worse|worsening|more (painful|sore)|hurts more|aggravat\w*|flared up)\b")
_NOT_WORSE = re.compile(r"\b(no|not|n't|isn't|never|nor|or) (any )?worse\b")
_SAME = re.compile(
    r"\b(no better|not better|neither (better|worse)|"
    r"(not|isn'?t|no) (any |really |much )?different|isn'?t better|"
    r"not (any|much|really|getting) better|"
    r"same|no change|not changed|hasn'?t changed|unchanged|no difference|"
    r"not (helping|working)|isn'?t (helping|working)|aren'?t (helping|working)|"
    r"doesn'?t help|didn'?t help|no improvement|not (really )?improv\w*|hasn'?t improved|"
    r"nothing'?s changed|still (sore|there|tight|hurts|painful))\b"
)
_BETTER = re.compile(
    r"\b(better|improv\w*|easing|eased|less (sore|tight|painful|pain)|helping|"
    r"helped|working|loosened|good progress|much nicer|going well)\b"
)


def read_progress(text: str) -> Optional[str]:
    """`better`, `same` or `worse` from a message, or None if it does not say."""
    words = " ".join((text or "").lower().replace("’", "'").split())[:1000]
    if _WORSE.search(words) and not _NOT_WORSE.search(words):
        return WORSE
    if _SAME.search(words):
        return SAME
    if _BETTER.search(words):
        return BETTER
    return SAME if _NOT_WORSE.search(words) else None
