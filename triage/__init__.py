"""The clinical core: contract, red flags, decision, answer reading, questions, routine and wording.

Plain Python: nothing here imports Rasa, so every rule is tested as a table.
"""
