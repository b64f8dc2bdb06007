"""Readers for the shared corpora (read in place from ../shared/corpora, never copied into the project).

`reuters()` yields Reuters-21578 stories that have a body as eventgraph JSONL article records:
{"id": "reuters-<NEWID>", "title", "text" (the body as read, entities unescaped), "published": "YYYY-MM-DD",
"dateline"}. `gum_news()` yields the Wikinews documents of GUM's dev and test files in the same shape (see
`gum_news`). Offsets in the benchmark annotations are offsets into "text". `build_story()` runs the whole
pipeline on some records, as `eventgraph build` would on a JSONL file of them.
"""

from __future__ import annotations

import html
import json
import re
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from eventgraph import pipeline
from eventgraph.model import Story

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
REUTERS = CORPORA / "reuters21578"
TEMPEVAL_TRAIN = CORPORA / "tempeval3" / "train"
GUM = CORPORA / "ud-english" / "gum"

_STORY = re.compile(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S)
          for name in ("DATE", "TITLE", "DATELINE", "BODY", "TOPICS")}
_DATE = re.compile(r"(\d{1,2}-[A-Z]{3}-\d{4})")


def _field(name: str, story: str) -> str | None:
    match = _FIELD[name].search(story)
    return html.unescape(match.group(1)) if match else None


def reuters(limit: int | None = None, root: Path = REUTERS, topic: str | None = None) -> Iterator[dict]:
    """The stories with a body, in file order; with `topic`, only those its TOPICS field names."""
    count = 0
    for sgm in sorted(root.glob("reut2-*.sgm")):
        for match in _STORY.finditer(sgm.read_text(encoding="latin-1")):
            story = match.group(2)
            body = _field("BODY", story)
            if body is None or (topic is not None and topic not in _topics(story)):
                continue
            date = _DATE.search(_field("DATE", story) or "")
            published = datetime.strptime(date.group(1).title(), "%d-%b-%Y").strftime("%Y-%m-%d") if date else None
            yield {"id": f"reuters-{match.group(1)}", "title": (_field("TITLE", story) or "").strip(),
                   "text": body, "published": published, "dateline": (_field("DATELINE", story) or "").strip()}
            count += 1
            if limit is not None and count >= limit:
                return


def _topics(story: str) -> list[str]:
    return re.findall(r"<D>(.*?)</D>", _field("TOPICS", story) or "")


def largest_topic(root: Path = REUTERS) -> str:
    """The topic that most stories with a body carry."""
    counts: dict[str, int] = {}
    for sgm in sorted(root.glob("reut2-*.sgm")):
        for match in _STORY.finditer(sgm.read_text(encoding="latin-1")):
            if _field("BODY", match.group(2)) is not None:
                for topic in _topics(match.group(2)):
                    counts[topic] = counts.get(topic, 0) + 1
    return min(counts, key=lambda topic: (-counts[topic], topic))


def gum_news(root: Path = GUM, parts: tuple[str, ...] = ("dev", "test")) -> Iterator[dict]:
    """The `GUM_news_*` documents of GUM's CoNLL-U files, in file order, as article records.

    The text is rebuilt from the sentences' `# text` lines: sentences joined by a space, paragraphs (`# newpar`)
    by a blank line. A first sentence whose paragraph is a heading (`# newpar_block = head ...`) is the title and
    is left out of the text, as a Reuters TITLE is out of its BODY. `published` is `# meta::dateCreated`.
    """
    for part in parts:
        document: dict | None = None
        for block in (root / f"{part}.conllu").read_text(encoding="utf-8").split("\n\n"):
            comments = [line[2:] for line in block.splitlines() if line.startswith("# ")]
            fields = dict(line.split(" = ", 1) for line in comments if " = " in line)
            if "newdoc id" in fields:
                if document is not None:
                    yield _gum_record(document)
                document = None
                if fields["newdoc id"].startswith("GUM_news_"):
                    document = {"name": fields["newdoc id"], "published": fields.get("meta::dateCreated"),
                                "paragraphs": [], "title": ""}
            if document is None or "text" not in fields:
                continue
            heading = fields.get("newpar_block", "").startswith("head")
            if heading and not document["paragraphs"] and not document["title"]:
                document["title"] = fields["text"]
            elif any(line.startswith("newpar") for line in comments) or not document["paragraphs"]:
                document["paragraphs"].append([fields["text"]])
            else:
                document["paragraphs"][-1].append(fields["text"])
        if document is not None:
            yield _gum_record(document)


def _gum_record(document: dict) -> dict:
    text = "\n\n".join(" ".join(sentences) for sentences in document["paragraphs"])
    return {"id": f"gum-{document['name']}", "title": document["title"], "text": text,
            "published": document["published"], "dateline": ""}


def jsonl_line(record: dict) -> str:
    """`record` as a line of eventgraph's JSONL input: Reuters keeps the wire dateline out of the text, so it goes
    in the record's "dateline"."""
    line = {key: record[key] for key in ("id", "title", "text", "published")}
    return json.dumps(line | {"dateline": record["dateline"]} if record.get("dateline") else line) + "\n"


def build_story(articles: list[str], records: dict[str, dict]) -> Story:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for article in articles:
                out.write(jsonl_line(records[article]))
        return pipeline.build([str(path)])
