"""The page server (launcher/web.py): only our files, the widget without its remote font
import, the socket URL and the pictures' alt texts in config.js, and a policy that
keeps the page on loopback (and on the pictures' origin)."""

import json
import urllib.error
import urllib.request

import pytest

from keepsakes.pictures import picture_for
from launcher.servers import free_port
from launcher.web import WIDGET, serving, widget_without_remote_fonts

SOCKET = "http://127.0.0.1:5005"


def test_remote_font_import_is_removed():
    css = b'x.push([1,"@import url(https://fonts.googleapis.com/css?family=Inter:400,500,700&display=swap);",""])'
    assert widget_without_remote_fonts(css) == b'x.push([1,"",""])'
    assert widget_without_remote_fonts(b"a{color:red}") == b"a{color:red}"


@pytest.fixture(scope="module")
def page():
    with serving(free_port(), SOCKET) as url:
        yield url


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), b""


def test_page_config_and_policy(page):
    status, headers, body = get(page + "/")
    assert status == 200 and b"not a diagnosis" in body
    policy = headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "font-src 'self'" in policy
    assert f"connect-src 'self' {SOCKET} ws://127.0.0.1:5005" in policy
    assert f"img-src 'self' data: {SOCKET};" in policy
    status, _, body = get(page + "/config.js")
    prefix, suffix = b"window.TRIAGE_CONFIG = ", b";"
    assert status == 200 and body.startswith(prefix) and body.endswith(suffix)
    config = json.loads(body[len(prefix) : -len(suffix)])
    assert config["socketUrl"] == SOCKET
    alts = config["pictureAlts"]
    assert len(alts) == 7 + 7 + 6, "one alt text per step of every variant"
    assert alts["standing_at_wall-3"] == picture_for("standing_at_wall", 3).alt
    assert alts["standing_at_wall-3"] != alts["standing_at_wall-4"], (
        "a shared drawing, each step's own alt"
    )


def test_pictures_may_come_from_the_public_address():
    with serving(free_port(), SOCKET, "https://triage.example.org/") as url:
        policy = get(url + "/")[1]["Content-Security-Policy"]
    assert "img-src 'self' data: https://triage.example.org;" in policy


@pytest.mark.skipif(not WIDGET.exists(), reason="rasa-webchat is not installed (make web)")
def test_widget_is_served_without_remote_imports(page):
    status, _, body = get(page + "/webchat.js")
    assert status == 200 and len(body) > 100_000
    assert b"@import url(http" not in body and b"fonts.googleapis" not in body


@pytest.mark.parametrize(
    "path",
    [
        "/../pyproject.toml",
        "/node_modules/rasa-webchat/package.json",
        "/package.json",
        "/%2e%2e/credentials.yml",
    ],
)
def test_nothing_else_is_served(page, path):
    assert get(page + path)[0] == 404
