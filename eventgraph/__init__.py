"""eventgraph: news articles about one story in; a dated, sourced timeline and a graph of who did what, when."""

from .model import Story
from .pipeline import build

__all__ = ["Story", "build"]
__version__ = "0.1.0"
