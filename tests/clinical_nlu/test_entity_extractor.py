"""The Rasa component turns findings into entity dicts on each message."""

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from clinical_nlu.entity_extractor import ClinicalEntityExtractor

EXTRACTOR = "ClinicalEntityExtractor"


@pytest.fixture
def extractor(tmp_path) -> ClinicalEntityExtractor:
    return ClinicalEntityExtractor.create(
        ClinicalEntityExtractor.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("clinical"),
        ExecutionContext(GraphSchema({}), "1"),
    )


def _entities(extractor, text):
    [message] = extractor.process([Message.build(text=text)])
    return message.get("entities")


def test_entity_dict_shape(extractor):
    assert _entities(extractor, "There's a knot between my shoulder blades") == [
        {
            "entity": "knot_location",
            "value": "mid_back",
            "start": 26,
            "end": 41,
            "confidence_entity": 1.0,
            "assertion": "present",
            "extractor": EXTRACTOR,
        }
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "no neck pain but my fingers tingle",
            [
                ("symptom", "neck_pain", 3, 12, "absent"),
                ("symptom", "nerve_symptoms", 20, 34, "present"),
            ],
        ),
        (
            "I don't have chest pain or trouble breathing",
            [
                ("red_flag", "chest_pain", 13, 23, "absent"),
                ("red_flag", "shortness_of_breath", 27, 44, "absent"),
            ],
        ),
        ("maybe some tingling", [("symptom", "nerve_symptoms", 11, 19, "uncertain")]),
        ("stretching didn't help", [("self_care_tried", "stretching_massage", 0, 10, "present")]),
        ("I don't have a foam roller", [("equipment", "foam_roller", 15, 26, "absent")]),
        ("kneeling is fine", [("kneeling_problem", "kneeling", 0, 16, "absent")]),
        ("I had a fever last week", [("red_flag", "fever_or_chills", 6, 13, "past")]),
        ("my chets feels tight", [("red_flag", "chest_pain", 3, 20, "present")]),
        ("no problems with my loo", [("warning_cue", "bladder_bowel_control", 20, 23, "absent")]),
        ("my heart is racing", [("warning_cue", "chest_pain", 3, 8, "present")]),
        ("my mother had cancer", []),
        ("what if I get chest pain", []),
        ("hello", []),
    ],
)
def test_process_adds_one_entity_per_finding(extractor, text, expected):
    entities = _entities(extractor, text)
    assert [
        (e["entity"], e["value"], e["start"], e["end"], e["assertion"]) for e in entities
    ] == expected
    assert all(e["extractor"] == EXTRACTOR and e["confidence_entity"] == 1.0 for e in entities)


def test_existing_entities_are_kept(extractor):
    earlier = {"entity": "other", "value": "x", "start": 0, "end": 1, "extractor": "Regex"}
    message = Message.build(text="numbness")
    message.set("entities", [earlier])
    extractor.process([message])
    assert message.get("entities")[0] == earlier
    assert [e["value"] for e in message.get("entities")[1:]] == ["nerve_symptoms"]


def test_several_messages_in_one_call(extractor):
    messages = extractor.process(
        [Message.build(text="sore neck"), Message.build(text="tight chest")]
    )
    assert [[e["value"] for e in m.get("entities")] for m in messages] == [
        ["neck_pain"],
        ["chest_pain"],
    ]


def test_message_without_text_gets_empty_entities(extractor):
    [message] = extractor.process([Message(data={})])
    assert message.get("entities") == []


def test_entities_are_part_of_the_parse_output(extractor):
    [message] = extractor.process([Message.build(text="I have a fever")])
    assert [e["value"] for e in message.as_dict_nlu()["entities"]] == ["fever_or_chills"]
    assert "entities" in message.output_properties


def test_training_data_is_returned_unchanged(extractor):
    data = TrainingData([Message.build(text="my neck hurts", intent="inform")])
    assert extractor.process_training_data(data) is data
    assert data.training_examples[0].get("entities") is None


def test_component_is_registered_as_untrained_entity_extractor():
    from rasa.engine.recipes.default_recipe import DefaultV1Recipe

    registered = DefaultV1Recipe._from_registry(ClinicalEntityExtractor.__name__)
    assert registered.clazz is ClinicalEntityExtractor
    assert DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR in registered.types
    assert registered.is_trainable is False
