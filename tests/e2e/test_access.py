"""The HTTP API needs the token; CORS answers only our web origins."""

import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.e2e


def status(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, dict(answer.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


@pytest.mark.parametrize(
    "path",
    ["/conversations/someone/tracker", "/status", "/domain"],
)
def test_api_routes_need_the_token(assistant, path):
    assert status(assistant.base_url + path)[0] == 401
    assert status(assistant.base_url + path + "?token=wrong")[0] == 401
    joiner = "&" if "?" in path else "?"
    assert status(f"{assistant.base_url}{path}{joiner}token={assistant.token}")[0] == 200


def test_the_rest_channel_needs_no_token(assistant):
    assert assistant.say(assistant.new_sender(), "hi")


@pytest.mark.parametrize(
    "origin, allowed",
    [
        ("http://127.0.0.1:8080", True),
        ("http://localhost:8080", True),
        ("http://evil.example", False),
    ],
)
def test_cors_allows_only_configured_origins(assistant, origin, allowed):
    _, headers = status(assistant.base_url + "/", {"Origin": origin})
    headers = {name.lower(): value for name, value in headers.items()}
    assert (headers.get("access-control-allow-origin") == origin) is allowed
