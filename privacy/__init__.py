"""Deleting conversations: on request ("forget me") and after the retention period."""
