"""Waiting for a condition with a timeout, never for a fixed time."""

import asyncio
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


async def wait_until_async(
    condition: Callable[[], T], timeout: float, failure: str, poll: float = 0.05
) -> T:
    """`wait_until` inside an event loop: the loop runs on while it waits."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(failure)
        await asyncio.sleep(poll)
