"""The launcher's access settings: token, JWT and CORS origins from the environment."""

import pytest

from launcher.servers import access_arguments, api_token


def test_token_comes_from_the_environment_or_is_generated():
    assert api_token({"RASA_AUTH_TOKEN": "abc"}) == "abc"
    first, second = api_token({}), api_token({})
    assert len(first) >= 24 and first != second


@pytest.mark.parametrize(
    "env, expected",
    [
        ({}, ["--auth-token", "t", "--cors", "http://127.0.0.1:8080", "http://localhost:8080"]),
        (
            {"WEB_ORIGINS": "https://chat.example.org, https://x.example"},
            ["--auth-token", "t", "--cors", "https://chat.example.org", "https://x.example"],
        ),
        ({"WEB_ORIGINS": " , "}, ["--auth-token", "t"]),
        (
            {"JWT_SECRET": "s", "WEB_ORIGINS": ""},
            ["--auth-token", "t", "--jwt-secret", "s", "--jwt-method", "HS256"],
        ),
    ],
)
def test_access_arguments(env, expected):
    assert access_arguments(env, "t") == expected
