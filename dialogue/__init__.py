"""The rasa-sdk side the actions share: reading the tracker, and the form validators' base."""
