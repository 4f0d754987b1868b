"""`make pictures`: the PNG copies of the routine's SVG pictures, for Slack.

Slack's image blocks take PNG, JPEG or GIF but not SVG, so each picture in
web/pictures/ has a PNG twice its size in web/pictures/png/, drawn by Debian's
chromium. Each PNG carries the SHA-256 of the SVG it was drawn from (a PNG
tEXt chunk), so a test can tell when a drawing changed and its copy did not.

    python -m tools.render_pictures
"""

import hashlib
import struct
import sys
import zlib
from pathlib import Path
from typing import Optional, Tuple

from keepsakes.links import png_name
from keepsakes.pictures import ALL_PICTURES, PICTURES_DIR

PNG_DIR = PICTURES_DIR / "png"
CHROMIUM = "/usr/bin/chromium"
SCALE = 2
SOURCE_KEY = b"svg-sha256"
_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def svg_digest(svg: Path) -> str:
    return hashlib.sha256(svg.read_bytes()).hexdigest()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def with_source(png: bytes, digest: str) -> bytes:
    """`png` with a tEXt chunk naming its source's digest, right after IHDR."""
    ihdr_end = len(_SIGNATURE) + 8 + 13 + 4
    return png[:ihdr_end] + _chunk(b"tEXt", SOURCE_KEY + b"\0" + digest.encode()) + png[ihdr_end:]


def png_facts(png: bytes) -> Tuple[int, int, Optional[str]]:
    """Width, height and the source digest recorded in a PNG (None if it has none)."""
    if not png.startswith(_SIGNATURE):
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", png[16:24])
    position, digest = len(_SIGNATURE), None
    while position + 8 <= len(png):
        length, kind = struct.unpack(">I4s", png[position : position + 8])
        data = png[position + 8 : position + 8 + length]
        if kind == b"tEXt" and data.startswith(SOURCE_KEY + b"\0"):
            digest = data[len(SOURCE_KEY) + 1 :].decode()
        position += 12 + length
    return width, height, digest


def render_all() -> None:
    from playwright.sync_api import sync_playwright

    PNG_DIR.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-background-networking"],
        )
        page = browser.new_page(device_scale_factor=SCALE)
        for name in ALL_PICTURES:
            svg = PICTURES_DIR / name
            page.goto(svg.as_uri())
            image = page.locator("svg").screenshot(omit_background=True)
            (PNG_DIR / png_name(name)).write_bytes(with_source(image, svg_digest(svg)))
            print(f"wrote {PNG_DIR / png_name(name)}")
        browser.close()


if __name__ == "__main__":
    render_all()
    sys.exit(0)
