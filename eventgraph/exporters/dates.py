"""A TIMEX3 value written for readers at the precision it states: "1961", "the 1960s", "June 2024"."""

from __future__ import annotations

import calendar

SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def human(value: str | None) -> str:
    if not value:
        return "Undated"
    if "T" in value:
        day, _, time = value.partition("T")
        return f"{human(day)}, {time}"
    parts = value.split("-")
    head = parts[0]
    if not head.isdigit():
        return value
    if len(head) == 2:
        century = int(head) + 1
        suffix = "th" if 10 <= century % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(century % 10, "th")
        return f"the {century}{suffix} century"
    if len(head) == 3:
        return f"the {head}0s"
    if len(parts) == 1:
        return head
    second = parts[1]
    if second.startswith("Q"):
        return f"{second} {head}"
    if second in SEASONS:
        return f"{SEASONS[second]} {head}"
    if second.startswith("W"):
        return f"week {second[1:]} of {head}"
    if second.isdigit() and 1 <= int(second) <= 12:
        month = calendar.month_name[int(second)]
        if len(parts) == 2:
            return f"{month} {head}"
        if parts[2].isdigit():
            return f"{int(parts[2])} {month} {head}"
    return value


def year_of(value: str | None) -> str:
    if not value:
        return "Undated"
    head = value.split("-")[0]
    if len(head) == 2:
        return human(head)
    if len(head) == 3:
        return human(head)
    return head
