"""Rasa's command line, run the way we serve it: `python -m launcher.rasa_main run ...`.

The same as the `rasa` command, except that action server answers are checked
with validators built once (`launcher.schema_validation`): several times the turns
per second on our machine (docs/performance.md). `FAST_ACTION_VALIDATION=false`
runs Rasa exactly as installed.
"""

import os
import sys

from launcher.schema_validation import reuse_validators

OFF = ("0", "false", "no", "off")


def main() -> None:
    if os.environ.get("FAST_ACTION_VALIDATION", "true").strip().lower() not in OFF:
        reuse_validators()
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
