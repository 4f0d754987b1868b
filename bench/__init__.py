"""Benchmarks: load against the assistant and against Rasa's default configuration."""
