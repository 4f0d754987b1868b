"""Rasa 3.6 NLU component that adds the clinical findings to each message's entities.

Referenced from config.yml as ``clinical_nlu.entity_extractor.ClinicalEntityExtractor``.
It needs no training and no tokenizer of Rasa's; see `clinical_nlu.findings`.
Each entity has an ``assertion``: ``present``, ``absent``, ``uncertain`` or
``past`` (`clinical_nlu.assertions`); a ``warning_cue`` entity's value is the
red-flag id it points to (`clinical_nlu.warning_cues`).
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import ENTITY_ATTRIBUTE_CONFIDENCE_TYPE
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from clinical_nlu.findings import Finding, build_pipeline, find_findings

ASSERTION = "assertion"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class ClinicalEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Extracts knot location, symptoms, red flags, warning cues, self-care, equipment, kneeling."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """The component's default config (see parent class for full docstring)."""
        return {}

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ClinicalEntityExtractor:
        """Creates the component and builds the shared spaCy pipeline up front."""
        build_pipeline()
        return cls({**cls.get_default_config(), **config})

    def __init__(self, config: Dict[Text, Any]) -> None:
        """Creates a new instance from its (merged) config."""
        self._config = config

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Leaves the training data as it is: the rules need no annotation."""
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        """Appends one entity per finding to each message's entities."""
        for message in messages:
            entities = self.add_extractor_name(
                [_entity(finding) for finding in find_findings(message.get(TEXT) or "")]
            )
            message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
        return messages


def _entity(finding: Finding) -> Dict[Text, Any]:
    return {
        ENTITY_ATTRIBUTE_TYPE: finding.label,
        ENTITY_ATTRIBUTE_VALUE: finding.value,
        ENTITY_ATTRIBUTE_START: finding.start,
        ENTITY_ATTRIBUTE_END: finding.end,
        ENTITY_ATTRIBUTE_CONFIDENCE_TYPE: 1.0,
        ASSERTION: finding.assertion,
    }
