"""Waiting for a condition with a timeout, never for a fixed time."""

import time
from typing import Callable, TypeVar

T = TypeVar("T")


def wait_until(condition: Callable[[], T], timeout: float, failure: str, poll: float = 0.05) -> T:
    """The first truthy value of `condition()`; AssertionError(failure) after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(failure)
        time.sleep(poll)
