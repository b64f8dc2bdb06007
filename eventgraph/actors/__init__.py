"""Actors: who is named in each article (`annotate`), and who is who across articles (`link_actors`)."""

from ..model import Document
from . import employers, mentions
from .linking import link_actors


def annotate(doc: Document) -> Document:
    """The article's actor mentions, people given the body a title's common noun names ("bank governor X")."""
    mentions.annotate(doc)
    employers.affiliate(doc)
    return doc


__all__ = ["annotate", "link_actors"]
