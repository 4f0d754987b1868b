"""Changes to how Rasa runs a turn, same answers, less work; `launcher/rasa_main.py` applies each
unless its environment variable says false (docs/performance.md has their figures)."""
