"""Custom actions for the mid-back knot triage assistant.

Plain-Python modules hold the clinical content and decisions; the modules named
``action_*``/``validate_*`` are the thin rasa-sdk glue on top.
"""
