"""The custom actions and form validators that `domain.yml` names, one module each.

Each is thin rasa-sdk glue over the clinical core in `triage/`.
"""
