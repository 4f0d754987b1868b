"""The routine's pictures: valid, self-contained SVGs in one style, and a picture
with its own alt text for every step of every variant."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from itertools import combinations
from pathlib import Path

import pytest

from keepsakes.pictures import ALL_PICTURES, PICTURES_DIR, Picture, picture_for
from triage.routine import FLOOR, KNEELING, STANDING, VARIANTS

SVG = "{http://www.w3.org/2000/svg}"
VIEW_BOX = "0 0 320 200"
FIGURE, ARROW, ROLLER = "#2f3e4f", "#109e8a", "#ee8a2a"
PALETTE = {
    "#f7f4ee",  # background
    "#9aa6b2",  # floor and wall
    FIGURE,
    "#93a1af",  # near and far limbs
    ROLLER,
    "#c8681a",
    "#ffdcae",  # foam roller, its end and core
    ARROW,
    "#8fbfd4",
    "#6aa5bf",  # towel
}
NO_ROLLER = {"kneeling-1.svg", "face-down.svg"}  # kneeling down; the floor version
EVERY_STEP = [
    (name, step) for name, variant in VARIANTS.items() for step in range(1, len(variant.steps) + 1)
]


def parse(name: str) -> ET.Element:
    return ET.parse(PICTURES_DIR / name).getroot()


def test_the_folder_holds_exactly_the_nine_pictures():
    assert sorted(p.name for p in PICTURES_DIR.glob("*.svg")) == sorted(ALL_PICTURES)
    assert len(ALL_PICTURES) == 9


@pytest.mark.parametrize("name", ALL_PICTURES)
def test_picture_is_an_accessible_svg_with_the_shared_view_box(name):
    root = parse(name)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == VIEW_BOX
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text.strip()
    assert desc is not None and len(desc.text.strip()) > 20
    # a screen reader reads both, through ids that exist in the file
    assert root.get("aria-labelledby").split() == [title.get("id"), desc.get("id")]


@pytest.mark.parametrize("name", ALL_PICTURES)
def test_picture_is_self_contained(name):
    raw = (PICTURES_DIR / name).read_text(encoding="utf-8")
    assert "<!DOCTYPE" not in raw and "<!ENTITY" not in raw
    for element in parse(name).iter():
        tag = element.tag.split("}")[-1]
        assert tag not in {"script", "foreignObject", "image", "use", "style", "a", "iframe"}, tag
        assert element.tag.startswith(SVG), element.tag  # nothing from another namespace
        for attribute, value in element.attrib.items():
            local = attribute.split("}")[-1]
            assert not local.startswith("on"), attribute  # no event handlers
            assert local != "href", attribute
            assert not re.search(r"(https?:|//|url\(|javascript:|data:)", value, re.I), (
                attribute,
                value,
            )


@pytest.mark.parametrize("name", ALL_PICTURES)
def test_picture_has_no_text_and_draws_in_the_shared_palette(name):
    root = parse(name)
    assert root.find(f".//{SVG}text") is None
    colours = {
        value.lower()
        for element in root.iter()
        for key, value in element.attrib.items()
        if key in ("fill", "stroke") and value != "none"
    }
    assert colours <= PALETTE
    assert {FIGURE, ARROW} <= colours  # a figure and a movement arrow in every picture
    assert (ROLLER in colours) == (name not in NO_ROLLER)
    widths = {
        element.get("stroke-width")
        for element in root.iter(f"{SVG}path")
        if element.get("stroke") == FIGURE
    }
    assert widths <= {"10.5", "18.9", "5"}  # limbs, torso, thumb: the same in every picture


@pytest.mark.parametrize(
    "name, step, file",
    [
        *[(KNEELING, n, f"kneeling-{n}.svg") for n in range(1, 8)],
        *[(STANDING, n, "standing.svg") for n in range(1, 8)],
        *[(FLOOR, n, "face-down.svg") for n in range(1, 7)],
    ],
)
def test_which_picture_goes_with_a_step(name, step, file):
    assert picture_for(name, step).file == file


@pytest.mark.parametrize("name, step", EVERY_STEP)
def test_every_step_has_a_picture_that_exists_and_alt_text(name, step):
    picture = picture_for(name, step)
    assert isinstance(picture, Picture)
    assert picture.file in ALL_PICTURES
    assert picture.path == PICTURES_DIR / picture.file and picture.path.stat().st_size > 500
    assert picture.alt.strip() and picture.alt.endswith(".")


@pytest.mark.parametrize("name", VARIANTS)
def test_alt_texts_within_a_variant_say_different_things(name):
    pictures = [picture_for(name, step) for step in range(1, len(VARIANTS[name].steps) + 1)]
    for a, b in combinations(pictures, 2):
        if a.file != b.file:  # a different drawing is described differently
            assert a.alt != b.alt, (a, b)
    assert len({p.alt for p in pictures}) == len(pictures)  # each says its own step


@pytest.mark.parametrize("name, step", EVERY_STEP)
def test_a_picture_of_one_step_is_described_as_its_alt_text(name, step):
    picture = picture_for(name, step)
    used_by = [s for s in EVERY_STEP if picture_for(*s).file == picture.file]
    if len(used_by) == 1:
        assert parse(picture.file).find(f"{SVG}desc").text == picture.alt
    else:
        assert picture.file in ("standing.svg", "face-down.svg") and len(used_by) == len(
            VARIANTS[name].steps
        )


@pytest.mark.parametrize(
    "name, step",
    [
        (KNEELING, 0),
        (KNEELING, 8),
        (STANDING, 8),
        (FLOOR, 7),
        (FLOOR, -1),
        (KNEELING, True),
        ("sitting", 1),
        ("", 1),
    ],
)
def test_no_picture_for_a_step_or_variant_that_does_not_exist(name, step):
    assert picture_for(name, step) is None


def test_module_needs_no_rasa():
    code = (
        "import sys, keepsakes.pictures; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rasa', 'rasa_sdk', 'sanic')))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
