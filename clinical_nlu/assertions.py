"""The assertion each finding carries: whether, and when, it is the user's now.

* `present` -- the user has it now (also ongoing, a hedge like "a bit", or a
  history that is the finding itself: "I had cancer");
* `absent` -- denied, said to be fine, over ("it's gone"), or long ago;
* `uncertain` -- the user is not sure, or describes only an odd feeling there;
* `past` -- a red flag or warning cue in the recent past, not said to be gone
  ("a fever last week"); a symptom of the recent past is `present`.
"""

from triage.contract import ABSENT, ASSERTIONS, PAST, PRESENT, UNCERTAIN

__all__ = ["ABSENT", "ASSERTIONS", "PAST", "PRESENT", "UNCERTAIN"]
