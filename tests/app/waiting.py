"""The one bounded wait of the app tests: pause until a condition holds, or fail saying what never happened."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot


async def wait_for(
    pilot: Pilot[Any], condition: Callable[[], object], what: str, timeout: float = 20
) -> None:
    """Pause the app in short steps until ``condition()`` is true; after ``timeout`` seconds fail with
    ``gave up after … waiting for <what>``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout:g} s waiting for {what}")
        await pilot.pause(0.02)
