"""Rasa input channels of our own: guarded REST (and Slack where configured)."""
