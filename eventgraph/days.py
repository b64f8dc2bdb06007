"""Calendar days as eventgraph reads and writes them: YYYY-MM-DD, ASCII digits, a day the calendar has.

`datetime.date.fromisoformat` alone also takes "20240101" and the week date "2024-W01-1", which are not days as
a user writes them on the command line or in an article record.
"""

from __future__ import annotations

import datetime
import re

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_day(text: str) -> bool:
    """Whether `text` is one real calendar day written YYYY-MM-DD."""
    if not _DAY.fullmatch(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True
