"""eventgraph: news articles about one story in; a dated, sourced timeline and a graph of who did what, when."""

from .model import Story

__all__ = ["Story", "build"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # the pipeline pulls in every stage and its libraries; `eventgraph timex` and `--help` need none of them
    if name == "build":
        from .pipeline import build
        return build
    raise AttributeError(f"module 'eventgraph' has no attribute {name!r}")
