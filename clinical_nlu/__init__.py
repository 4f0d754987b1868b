"""Rule-based clinical findings for the mid-back knot triage assistant.

`clinical_nlu.findings` is plain spaCy + medspaCy; `clinical_nlu.entity_extractor`
wraps it as a Rasa NLU component. Nothing here imports Rasa on package import.
"""
