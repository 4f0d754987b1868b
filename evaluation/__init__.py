"""The evaluation runner: scripted people talk to the running assistant.

Each case (`evaluation/cases/*.yml`) describes a person: what they say first,
the facts they answer the assistant's questions from, and the triage level a
clinician would expect. The runner drives one REST conversation per case,
reads the tracker after every turn, and prints figures about the outcomes.

Modules:
- `loader`: reads and validates the case files;
- `answering`: chooses the person's next reply from the tracker and the facts;
- `client`: the REST and tracker calls, with timeouts;
- `driver`: one conversation per case, run concurrently;
- `figures`: accuracy, confusion, under/over-triage, repeated questions;
- `report`: the figures as plain-text tables and the targets;
- `__main__`: the command line (`python -m evaluation`).
"""
