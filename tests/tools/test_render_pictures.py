"""The PNG copies of the pictures (for Slack): one per SVG, twice its size, drawn
from the SVG as it is now (`make pictures` redraws them)."""

import pytest

from keepsakes.links import png_name
from keepsakes.pictures import ALL_PICTURES, PICTURES_DIR
from tools.render_pictures import PNG_DIR, png_facts, svg_digest, with_source


@pytest.mark.parametrize("name", ALL_PICTURES)
def test_each_picture_has_a_current_png_copy(name):
    png = PNG_DIR / png_name(name)
    assert png.exists(), "run `make pictures`"
    width, height, digest = png_facts(png.read_bytes())
    assert (width, height) == (640, 400)
    assert digest == svg_digest(PICTURES_DIR / name), "the SVG changed: run `make pictures`"


def test_no_png_without_its_svg():
    assert sorted(p.name for p in PNG_DIR.glob("*.png")) == sorted(
        png_name(n) for n in ALL_PICTURES
    )


def test_the_source_chunk_keeps_the_png_readable():
    original = (PNG_DIR / "standing.png").read_bytes()
    assert png_facts(with_source(original, "abc"))[:2] == png_facts(original)[:2]
    with pytest.raises(ValueError):
        png_facts(b"GIF89a")
