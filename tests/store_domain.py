"""The smallest domain the tracker stores need: the slot that asks them to forget."""

from rasa.shared.core.domain import Domain

DOMAIN = Domain.from_yaml(
    """
slots:
  forget_confirmed:
    type: bool
    mappings:
      - type: custom
"""
)
