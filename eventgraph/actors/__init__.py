"""Actors: who is named in each article (`annotate`), and who is who across articles (`link_actors`)."""

from .linking import link_actors
from .mentions import annotate

__all__ = ["annotate", "link_actors"]
