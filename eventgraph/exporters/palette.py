"""The colours every view of the story shares, so the page's legend reads the same in Gephi and TimelineJS."""

from __future__ import annotations

# Okabe-Ito colours: told apart by readers with colour-blindness, dark labels stay readable beside them.
ACTOR_COLOURS = {"country": "#0072B2", "person": "#CC79A7", "organization": "#E69F00", "location": "#999999",
                 "group": "#56B4E9"}
# CAMEO root codes fall into four classes (as GDELT's QuadClass): 01-05 verbal cooperation,
# 06-09 material cooperation, 10-14 verbal conflict, 15-20 material conflict; root 00, a happening outside
# CAMEO's scope (an accident, a disaster, an appointment), is a class of its own.
HAPPENING_CLASS = "Happening"
EVENT_CLASSES = (
    (0, HAPPENING_CLASS, "#000000"),
    (5, "Verbal cooperation", "#009E73"),
    (9, "Material cooperation", "#004D40"),
    (14, "Verbal conflict", "#D55E00"),
    (20, "Material conflict", "#8B1E00"),
)
UNKNOWN_CLASS = ("Other", "#6b6b6b")
ACTOR_TYPE_NAMES = {"country": "Country", "person": "Person", "organization": "Organization",
                    "location": "Place", "group": "Group"}


def event_class(code: str) -> tuple[str, str]:
    root = code[:2]
    if root.isdigit():
        for last, name, colour in EVENT_CLASSES:
            if int(root) <= last:
                return name, colour
    return UNKNOWN_CLASS
