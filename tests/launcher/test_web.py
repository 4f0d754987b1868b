"""The page's static folder (launcher/web.py): only our files, the widget without its
remote font import, the socket URL and the pictures' alt texts in config.js, and a
policy that keeps the page on its own origin (and Rasa's, and the pictures'); the
local page server serves that folder and nothing else."""

import json
import re
import urllib.error
import urllib.request

import pytest

from keepsakes.pictures import picture_for
from launcher.servers import free_port
from launcher.web import (
    WIDGET,
    BuildError,
    build,
    content_security_policy,
    serving,
    widget_without_remote_fonts,
)

SOCKET = "http://127.0.0.1:5005"
needs_widget = pytest.mark.skipif(
    not WIDGET.exists(), reason="rasa-webchat is not installed (make web)"
)


def test_remote_font_import_is_removed():
    css = b'x.push([1,"@import url(https://fonts.googleapis.com/css?family=Inter:400,500,700&display=swap);",""])'
    assert widget_without_remote_fonts(css) == b'x.push([1,"",""])'
    assert widget_without_remote_fonts(b"a{color:red}") == b"a{color:red}"


def test_policy_for_a_rasa_server_elsewhere_and_behind_a_proxy():
    elsewhere = content_security_policy(SOCKET, None)
    assert "default-src 'self'" in elsewhere and "font-src 'self'" in elsewhere
    assert f"connect-src 'self' {SOCKET} ws://127.0.0.1:5005;" in elsewhere
    assert f"img-src 'self' data: {SOCKET};" in elsewhere
    pictures = content_security_policy(SOCKET, "https://triage.example.org/")
    assert "img-src 'self' data: https://triage.example.org;" in pictures
    same_origin = content_security_policy(None, None)
    assert "connect-src 'self';" in same_origin and "img-src 'self' data:;" in same_origin


def config_of(script: str) -> dict:
    first = script.splitlines()[0]
    prefix, suffix = "window.TRIAGE_CONFIG = ", ";"
    assert first.startswith(prefix) and first.endswith(suffix)
    return json.loads(first[len(prefix) : -len(suffix)])


@needs_widget
def test_build_writes_everything_the_page_loads(tmp_path):
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "stale.txt").write_text("from an older build")
    out = build(tmp_path / "web")
    assert sorted(p.name for p in out.iterdir()) == [
        "config.js",
        "index.html",
        "page.css",
        "page.js",
        "webchat.js",
    ]
    page = (out / "index.html").read_text()
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy and policy.group(1) == content_security_policy(None, None)
    assert page.index("Content-Security-Policy") < page.index("<script")
    widget = (out / "webchat.js").read_bytes()
    assert len(widget) > 100_000 and b"fonts.googleapis" not in widget
    script = (out / "config.js").read_text()
    assert config_of(script)["socketUrl"] is None and "window.location.origin" in script


def test_build_without_the_widget_says_what_to_run(tmp_path, monkeypatch):
    monkeypatch.setattr("launcher.web.WIDGET", tmp_path / "missing.js")
    with pytest.raises(BuildError, match="make web"):
        build(tmp_path / "web")


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


@needs_widget
def test_served_page_and_config(page):
    status, _, body = get(page + "/")
    assert status == 200 and b"not a diagnosis" in body
    assert content_security_policy(SOCKET, None).encode() in body
    status, _, body = get(page + "/config.js")
    assert status == 200
    config = config_of(body.decode())
    assert config["socketUrl"] == SOCKET
    alts = config["pictureAlts"]
    assert len(alts) == 7 + 7 + 6, "one alt text per step of every variant"
    assert alts["standing_at_wall-3"] == picture_for("standing_at_wall", 3).alt
    assert alts["standing_at_wall-3"] != alts["standing_at_wall-4"], (
        "a shared drawing, each step's own alt"
    )
    status, _, body = get(page + "/webchat.js")
    assert status == 200 and b"@import url(http" not in body


@needs_widget
@pytest.mark.parametrize(
    "path",
    [
        "/../pyproject.toml",
        "/node_modules/rasa-webchat/package.json",
        "/package.json",
        "/%2e%2e/credentials.yml",
        "/pictures/standing.svg",
    ],
)
def test_nothing_else_is_served(page, path):
    assert get(page + path)[0] == 404
