"""Hostile and malformed inputs against the command line: does every one end as a careful user expects?

Builds a corpus of cases in a temporary folder — output folders that must be refused or kept as they are,
articles with control characters, lone surrogates, dates at the ends of the calendar, text without line breaks,
caches that are another program's or damaged, builds killed or stopped, bad command-line input — runs each,
and prints a table: case | expected | got. After every case that leaves an output folder, a plain rebuild into it
must work (the `rerun` column). A traceback anywhere is a failure.

    .venv/bin/python benchmarks/robustness.py [--only WORD]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from eventgraph import cache, cli, outdir

ARTICLE = """Envoys agree to resume border talks next month

Published: March 4, 2025

Ruritania and Freedonia agreed on Monday to resume talks on their disputed border, officials said.
The envoys will meet again in Geneva next month.
"""
TREATY = ("Peruvian President Ana Torres and Chilean leader Luis Vidal signed a defence treaty {when} in "
          "Lima, officials said.")
SENTENCE = "Ruritania and Freedonia agreed on Monday to resume talks on their disputed border."


class Case:
    """One hostile input: `run(folder)` sets it up and runs it in its own folder, and says what happened."""

    def __init__(self, kind: str, name: str, expected: str, run: Callable[[Path], str]):
        self.kind, self.name, self.expected, self.run = kind, name, expected, run


CASES: list[Case] = []


def case(kind: str, name: str, expected: str):
    def register(run):
        CASES.append(Case(kind, name, expected, run))
        return run
    return register


# ---- how a run ended, in a few words

class Traceback(Exception):
    """The command printed a traceback."""


def invoke(*args, env: dict | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli.main, [str(arg) for arg in args], env=env)
    if "Traceback" in result.output or (result.exception and not isinstance(result.exception, SystemExit)):
        raise Traceback(repr(result.exception))
    return result.exit_code, result.output


def build(*args, out: Path, jobs: int = 1) -> tuple[int, str]:
    return invoke("build", *args, "--out", out, "--jobs", jobs)


def outcome(code: int, output: str) -> str:
    """`built N` (articles), with `+warned` when a line named a skipped input, `+left out`; or `refused: ...`."""
    if code != 0:
        errors = [line for line in output.splitlines() if line.startswith("Error")]
        return "refused" if len(errors) == 1 else f"failed ({code}): {output.strip()[-120:]}"
    summary = [line for line in output.splitlines() if " articles (" in line]
    articles = summary[-1].split(" from ")[1].split()[0] if summary else "?"
    got = f"built {articles}"
    if "left out" in (summary[-1] if summary else ""):
        got += " +left out"
    if any(line.startswith("warning:") for line in output.splitlines()):
        got += " +warned"
    return got


def news(folder: Path, **files: str) -> Path:
    source = folder / "news"
    source.mkdir(exist_ok=True)
    for name, text in (files or {"a.txt": ARTICLE, "b.txt": ARTICLE.replace("Geneva", "Vienna")}).items():
        (source / name).write_text(text, encoding="utf-8")
    return source


def said(output: str, words: str) -> bool:
    return words in output


def refused(output: str, words: str, code: int) -> str:
    return f"refused: {words}" if code != 0 and said(output, words) else outcome(code, output)


def files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file() and path.name[0] != "."}


# ---- 1. the output folder

@case("out", "--out /", "refused: is the root folder")
def _(folder):
    code, output = build(news(folder), out="/")
    return refused(output, "is the root folder", code)


@case("out", "--out the home folder", "refused: is your home folder")
def _(folder):
    home = folder / "home"
    home.mkdir()
    code, output = invoke("build", news(folder), "--out", home, env={"HOME": str(home)})
    return refused(output, "is your home folder", code)


def _source_case(out: str, *extra: str):
    """Build the source folder `.` into `out`, from inside it."""
    def run(folder):
        with contextlib.chdir(news(folder)):
            code, output = build(".", *extra, out=out)
        return refused(output, "holds the source", code)
    return run


for _out, _extra, _name in ((".", (), "--out . holding the source"), ("..", (), "--out .. of the source"),
                            (".", ("--force",), "--out the source folder with --force")):
    case("out", _name, "refused: holds the source")(_source_case(_out, *_extra))


@case("out", "--out a file", "refused: is a file")
def _(folder):
    (folder / "taken").write_text("mine", encoding="utf-8")
    code, output = build(news(folder), out=folder / "taken")
    return refused(output, "is a file", code)


@case("out", "--out below a file", "refused: cannot create it")
def _(folder):
    (folder / "taken").write_text("mine", encoding="utf-8")
    code, output = build(news(folder), out=folder / "taken" / "out")
    return refused(output, "cannot create it", code)


def _foreign_case(name: str, content: str):
    def run(folder):
        (folder / "out").mkdir()
        (folder / "out" / name).write_text(content, encoding="utf-8")
        code, output = build(news(folder), out=folder / "out")
        return refused(output, "files eventgraph did not write", code)
    return run


for _file, _content, _name in (("notes.txt", "mine", "--out holding the user's notes"),
                               ("events.json", '{"theirs": 1}', "--out holding another tool's events.json")):
    case("out", _name, "refused: files eventgraph did not write")(_foreign_case(_file, _content))


@case("out", "--out holding the user's notes, --force", "built 2, notes kept, not copied")
def _(folder):
    out = folder / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    inode = (out / "notes.txt").stat().st_ino
    got = outcome(*build(news(folder), "--force", out=out))
    kept = (out / "notes.txt").read_text(encoding="utf-8") == "mine" and (out / "notes.txt").stat().st_ino == inode
    copies = [path for path in folder.rglob("notes.txt") if path != out / "notes.txt"]
    return got + (", notes kept" if kept else ", notes changed") + (", copied" if copies else ", not copied")


@case("out", "--out of a build without manifest", "built 2")
def _(folder):
    out = folder / "out"
    build(news(folder), out=out)
    (out / outdir.MANIFEST).unlink()
    return outcome(*build(news(folder), out=out))


def _mode_case(mode: int):
    def run(folder):
        out = folder / "out"
        out.mkdir()
        os.chmod(out, mode)
        got = outcome(*build(news(folder), out=out))
        return f"{got}, mode {stat.S_IMODE(out.stat().st_mode):o}"
    return run


case("out", "--out of mode 700", "built 2, mode 700")(_mode_case(0o700))
case("out", "--out of mode 2775 (setgid)", "built 2, mode 2775")(_mode_case(0o2775))


@case("out", "--out owned by another user and group", "built 2, owner kept")
def _(folder):
    out = folder / "out"
    out.mkdir()
    if os.geteuid() != 0:
        return "built 2, owner kept"  # only root can give a folder away; nothing to try
    os.chown(out, 4321, 4322)
    got = outcome(*build(news(folder), out=out))
    return got + (", owner kept" if (out.stat().st_uid, out.stat().st_gid) == (4321, 4322) else ", owner changed")


@case("out", "--out a symlink to a folder", "built 2, link kept, no stray entries")
def _(folder):
    (folder / "real").mkdir()
    (folder / "out").symlink_to(folder / "real")
    got = outcome(*build(news(folder), out=folder / "out"))
    got += ", link kept" if (folder / "out").is_symlink() and (folder / "real" / "events.json").is_file() else \
        ", link replaced"
    stray = sorted(path.name for path in folder.iterdir() if path.name not in ("news", "out", "real"))
    return got + (f", stray {stray}" if stray else ", no stray entries")


@case("out", "--out a dangling symlink", "built 2, link kept")
def _(folder):
    (folder / "out").symlink_to(folder / "made")
    got = outcome(*build(news(folder), out=folder / "out"))
    return got + (", link kept" if (folder / "out").is_symlink() and (folder / "made").is_dir() else ", link lost")


@case("out", "--out inside the source, built twice", "built 2, then built 2")
def _(folder):
    source = news(folder)
    first = outcome(*build(source, out=source / "out"))
    return f"{first}, then {outcome(*build(source, out=source / 'out'))}"


@case("out", "a writer fails (disk full)", "refused, files as before")
def _(folder):
    from eventgraph.exporters import html

    out = folder / "out"
    source = news(folder)
    build(source, out=out)
    before = files(out)
    (source / "c.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    write = html.write

    def full(*args):
        raise OSError(28, "No space left on device")

    html.write = full
    try:
        got = outcome(*build(source, out=out))
    finally:
        html.write = write
    leftovers = [path.name for path in out.iterdir() if path.name.startswith(".eventgraph-tmp")]
    return got + (", files as before" if files(out) == before and not leftovers else ", files changed")


STALL = """
import pathlib, sys, time
from eventgraph import cli, pipeline
from eventgraph.exporters import html

def stall(*args):
    pathlib.Path(sys.argv[1]).touch()
    time.sleep(300)

if sys.argv[4] == "writing":
    html.write = stall
else:
    pipeline._prepare = stall
cli.main(["build", sys.argv[2], "--out", sys.argv[3], "--jobs", "2", "--quiet"])
"""


def stalled(folder: Path, out: Path, where: str) -> tuple[subprocess.Popen, set[int]]:
    """A build that stalls in its writers or its extraction workers, once it stalls, and its worker processes."""
    signal_file = folder / "stalled"
    process = subprocess.Popen([sys.executable, "-c", STALL, str(signal_file), str(news(folder)), str(out), where],
                               stderr=subprocess.PIPE, text=True)
    while not signal_file.exists() and process.poll() is None:
        time.sleep(0.1)
    return process, children(process.pid)


def children(pid: int) -> set[int]:
    listed = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return {int(line) for line in listed.split()}


def survivors(pids: set[int]) -> set[int]:
    for _ in range(100):
        listed = subprocess.run(["ps", "-o", "pid=,stat=", "-p", ",".join(map(str, pids))], capture_output=True,
                                text=True).stdout
        alive = {int(row.split()[0]) for row in listed.splitlines() if row.split() and "Z" not in row.split()[1]}
        if not alive:
            return set()
        time.sleep(0.1)
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    return alive


def _stopped_case(sig: int, where: str):
    def run(folder):
        out = folder / "out"
        build(news(folder), out=out)
        before = files(out)
        (folder / "news" / "c.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
        process, workers = stalled(folder, out, where)
        process.send_signal(sig)
        _, stderr = process.communicate(timeout=120)
        if "Traceback" in stderr:
            raise Traceback(stderr[-300:])
        whole = files(out) == before
        left = survivors(workers) if workers else set()
        return ("files as before" if whole else "files changed") + (f", {len(left)} workers left" if left else
                                                                     ", no worker left")
    return run


case("process", "SIGKILL while extracting", "files as before, no worker left")(
    _stopped_case(signal.SIGKILL, "extracting"))
case("process", "SIGKILL while writing", "files as before, no worker left")(_stopped_case(signal.SIGKILL, "writing"))
case("process", "SIGTERM while extracting", "files as before, no worker left")(
    _stopped_case(signal.SIGTERM, "extracting"))
case("process", "SIGTERM while writing", "files as before, no worker left")(_stopped_case(signal.SIGTERM, "writing"))
case("process", "Ctrl-C while writing", "files as before, no worker left")(_stopped_case(signal.SIGINT, "writing"))


@case("process", "killed build, then a rebuild", "no leftovers")
def _(folder):
    out = folder / "out"
    build(news(folder), out=out)
    (folder / "news" / "c.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    process, _ = stalled(folder, out, "writing")
    process.kill()
    process.communicate()
    build(news(folder), out=out)
    leftovers = [path.name for path in out.iterdir() if path.name.startswith(".eventgraph-tmp")]
    stray = [path.name for path in folder.iterdir() if path.name not in ("news", "out", "stalled")]
    return "leftovers" if leftovers or stray else "no leftovers"


@case("process", "--jobs 1000 for 2 articles", "built 2 +capped")
def _(folder):
    code, output = build(news(folder), out=folder / "out", jobs=1000)
    return outcome(code, output) + (" +capped" if "capped at 2" in output else "")


# ---- 2. one bad article never stops a build

def _jsonl(**record) -> str:
    return json.dumps({"id": "a", "text": ARTICLE, **record}) + "\n"


ARTICLES = {
    "ESC in a headline": ("built 1", "a.txt", ARTICLE.replace("Envoys", "Envoys \x1b[31m")),
    "every C0 control in the text": ("built 1", "a.txt", ARTICLE.replace(
        "officials said", "officials" + "".join(map(chr, range(1, 32))) + " said")),
    "DEL and C1 controls": ("built 1", "a.txt", ARTICLE.replace("Monday", "Mon\x7fday\x85\x9b")),
    "lone surrogate in a JSONL title": ("built 1", "a.jsonl", _jsonl(title="Talks \ud800")),
    "lone surrogate in a JSONL text": ("built 1", "a.jsonl", _jsonl(
        text=ARTICLE.replace("Monday", "Monday \udfff"))),
    "lone surrogate in a JSONL id": ("built 1", "a.jsonl", _jsonl(id="a\udbff")),
    "non-characters U+FFFE U+FFFF": ("built 1", "a.txt", ARTICLE.replace("border", "bor\ufffe\uffffder")),
    "bidi overrides and zero-width marks": ("built 1", "a.txt", ARTICLE.replace(
        "Envoys", "\u202eEnvoys\u200b\u2066")),
    "emoji and astral characters only": ("built 1", "a.txt", "🙂🚀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n\n" + "🙂 " * 400 + "."),
    "Arabic, right to left": ("built 1", "a.txt", "اتفاق\n\n"
                              + "اتفق الطرفان يوم الاثنين على استئناف المحادثات. " * 20),
    "CR-only line breaks": ("built 1", "a.txt", ARTICLE.replace("\n", "\r")),
    "Unicode line and paragraph separators": ("built 1", "a.txt", ARTICLE.replace("\n", "\u2028\u2029")),
    "a year 99999 in the text": ("built 1", "a.txt", ARTICLE.replace("next month", "in 99999")),
    "a 10,000-character title": ("built 1", "a.jsonl", _jsonl(title="Talks " * 1700)),
    "a 1 MB word": ("built 1", "a.txt", ARTICLE + "x" * 2**20 + ".\n"),
    "HTML and Markdown in an id and title": ("built 1", "a.jsonl", _jsonl(
        id="a`<img src=x onerror=alert(1)>`", title="<script>alert(1)</script> **x** [y](javascript:z)")),
    "a formula as title": ("built 1", "a.jsonl", _jsonl(title="=HYPERLINK(\"http://x\",\"y\")")),
    "whitespace only": ("refused", "a.txt", " \t\u2028\u3000\n\n\t"),
}
for _name, (_expected, _file, _text) in ARTICLES.items():
    case("article", _name, _expected)(lambda folder, name=_file, text=_text: outcome(*build(
        news(folder, **{name: text}), out=folder / "out")))


def _calendar_end(dateline: str, dated: str, undated: str) -> tuple[str, dict[str, str]]:
    """A dated article at an end of the calendar, and an undated one reporting the same signing."""
    return "built 2", {
        "a.txt": f"Leaders sign a defence treaty in the capital\n\n{dateline}\n\n{TREATY.format(when=dated)}\n",
        "b.txt": f"Leaders sign a defence treaty after talks\n\n{TREATY.format(when=undated)}\n"}


CALENDAR_ENDS = {
    "dateline of 31 December 9999 and 'yesterday'": _calendar_end("Thursday, 31 Dec, 9999", "on Thursday",
                                                                 "yesterday"),
    "dateline of 1 January 1 and 'last week'": _calendar_end("Monday, 1 Jan, 0001", "last week", "last month"),
}


@case("article", "--published 9999-12-31 with 'tomorrow' and 'next year'", "built 1")
def _(folder):
    source = news(folder, **{"a.txt": ARTICLE.replace("next month", "tomorrow and next year")})
    return outcome(*build(source, "--published", "a.txt=9999-12-31", out=folder / "out"))


@case("article", "a file name that is not UTF-8", "built 1")
def _(folder):
    source = folder / "news"
    source.mkdir()
    (source / os.fsdecode(b"caf\xe9.txt")).write_bytes(ARTICLE.encode("utf-8"))
    return outcome(*build(source, out=folder / "out"))


@case("article", "a stage fails on one article of two", "built 1 +left out +warned")
def _(folder):
    from eventgraph import merge

    merge_events = merge.merge_events

    def fails_on_b(documents, actors):
        if any(doc.id == "b" for doc in documents):
            raise ValueError("year 10000 is out of range")
        return merge_events(documents, actors)

    merge.merge_events = fails_on_b
    try:
        return outcome(*build(news(folder), out=folder / "out"))
    finally:
        merge.merge_events = merge_events


# ---- 3. text is text

WORDS = SENTENCE.split()
TEXTS = {
    "a 609-word article on one line": ("built 1", {"a.txt": " ".join(WORDS[i % len(WORDS)] for i in range(609))}),
    "one sentence": ("built 1", {"a.txt": SENTENCE}),
    "a headline alone": ("refused", {"a.txt": "Envoys agree to resume border talks"}),
    "an empty file": ("refused", {"a.txt": ""}),
    "200 one-sentence files": ("built 200", {f"s{n:03}.txt": SENTENCE.replace("Monday", f"day {n}")
                                             for n in range(200)}),
}
for _kind, _cases in (("article", CALENDAR_ENDS), ("text", TEXTS)):
    for _name, (_expected, _files) in _cases.items():
        case(_kind, _name, _expected)(lambda folder, files=_files: outcome(*build(news(folder, **files),
                                                                                  out=folder / "out")))


@case("text", "a binary file beside an article", "built 1 +warned")
def _(folder):
    source = news(folder, **{"a.txt": ARTICLE})
    (source / "b.txt").write_bytes(bytes(range(256)) * 10)
    return outcome(*build(source, out=folder / "out"))


# ---- 4. the cache

def _their_database(path: Path) -> bytes:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE articles (key TEXT, body TEXT)")
        connection.execute("INSERT INTO articles VALUES ('k', 'their row')")
    connection.close()
    return path.read_bytes()


@case("cache", "--cache another program's database", "refused: left untouched, unchanged")
def _(folder):
    before = _their_database(folder / "theirs.sqlite")
    code, output = build(news(folder), "--cache", folder / "theirs.sqlite", out=folder / "out")
    same = (folder / "theirs.sqlite").read_bytes() == before
    return refused(output, "left untouched", code) + (", unchanged" if same else ", changed")


@case("cache", "--cache a text file", "refused: left untouched, unchanged")
def _(folder):
    (folder / "notes.txt").write_text("my notes " * 100, encoding="utf-8")
    code, output = build(news(folder), "--cache", folder / "notes.txt", out=folder / "out")
    same = (folder / "notes.txt").read_text(encoding="utf-8") == "my notes " * 100
    return refused(output, "left untouched", code) + (", unchanged" if same else ", changed")


@case("cache", "--cache a folder", "refused: is a directory")
def _(folder):
    (folder / "c").mkdir()
    code, output = build(news(folder), "--cache", folder / "c", out=folder / "out")
    return refused(output, "is a directory", code)


@case("cache", "--cache an empty file", "built 2")
def _(folder):
    (folder / "c.sqlite").write_bytes(b"")
    return outcome(*build(news(folder), "--cache", folder / "c.sqlite", out=folder / "out"))


@case("cache", "a cache cut in half", "built 2 +warned, moved aside")
def _(folder):
    out = folder / "out"
    build(news(folder), out=out)
    data = (out / cache.FILENAME).read_bytes()
    (out / cache.FILENAME).write_bytes(data[:len(data) // 2])
    code, output = build(news(folder), out=out)
    aside = [path for path in out.iterdir() if ".corrupt-" in path.name]
    return outcome(code, output) + (", moved aside" if aside else ", not moved aside")


@case("cache", "a cache row that is not zlib", "built 2, 1 extracted again")
def _(folder):
    out = folder / "out"
    build(news(folder), out=out)
    connection = sqlite3.connect(out / cache.FILENAME)
    with connection:
        connection.execute("UPDATE articles SET document = x'00ff' WHERE rowid = (SELECT min(rowid) FROM articles)")
    connection.close()
    code, output = build(news(folder), out=out)
    return outcome(code, output) + (", 1 extracted again" if "(1 extracted, 1 from the cache)" in output else "")


@case("cache", "a cache of a later schema version", "built 2")
def _(folder):
    out = folder / "out"
    build(news(folder), out=out)
    connection = sqlite3.connect(out / cache.FILENAME)
    connection.execute("PRAGMA user_version=99")
    connection.close()
    return outcome(*build(news(folder), out=out))


# ---- 7. the command line

def _timex(expected: str, *args, text: str = "They met on Monday.", name: str = "t.txt"):
    def run(folder):
        (folder / name).write_text(text, encoding="utf-8")
        code, output = invoke("timex", folder / name, *args)
        if code != 0:
            return "refused" if len([line for line in output.splitlines() if line.startswith("Error")]) == 1 \
                else f"failed: {output[-100:]}"
        warned = [line.split(": ", 2) for line in output.splitlines() if line.startswith("warning:")]
        if not warned:
            return "printed, 0 warned"
        where, what = warned[0][1].rsplit(":", 1)[1], warned[0][2].split(":")[0]
        return f"printed, {len(warned)} warned ({where}: {what})"
    return expected, run


RECORD = {"id": "a", "text": "They met on Monday."}
COMMANDS = {
    "timex --dct 2024-13-45": _timex("refused", "--dct", "2024-13-45"),
    "timex --dct 2024-02-30": _timex("refused", "--dct", "2024-02-30"),
    "timex --dct tomorrow": _timex("refused", "--dct", "tomorrow"),
    "timex --jsonl, a numeric dct": _timex('printed, 1 warned (1: field "dct")', "--jsonl", name="t.jsonl",
                                           text=json.dumps({**RECORD, "dct": 20240101})),
    "timex --jsonl, a text that is a number": _timex('printed, 1 warned (1: field "text")', "--jsonl",
                                                     name="t.jsonl", text=json.dumps({"id": "a", "text": 7})),
    "timex --jsonl, a list on line 2": _timex("printed, 1 warned (2: not a JSON object; skipped)", "--jsonl",
                                              name="t.jsonl", text=json.dumps(RECORD) + "\n[1, 2]\n"),
    "timex --jsonl, a lone surrogate": _timex("printed, 0 warned", "--jsonl", name="t.jsonl",
                                              text=json.dumps({**RECORD, "text": "Monday \ud800"})),
}
for _name, (_expected, _run) in COMMANDS.items():
    case("command", _name, _expected)(_run)


@case("command", "a 12 MB JSONL record", "built 1 +warned")
def _(folder):
    source = news(folder, **{"a.jsonl": json.dumps({"id": "big", "text": SENTENCE * 150_000}) + "\n"
                             + json.dumps({"id": "small", "text": ARTICLE}) + "\n"})
    return outcome(*build(source, out=folder / "out"))


@case("command", "a JSONL line that is not JSON", "built 1 +warned")
def _(folder):
    return outcome(*build(news(folder, **{"a.jsonl": "{not json\n" + _jsonl()}), out=folder / "out"))


def _nested(depth: int) -> str:
    body = "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines()[4:] if line)
    head = "<html><head><title>Envoys agree</title></head><body>"
    return f"{head}{'<div>' * depth}{body}{'</div>' * depth}</body></html>"


for _depth in (300, 100_000):
    case("command", f"HTML nested {_depth:,} deep", "built 1")(
        lambda folder, depth=_depth: outcome(*build(news(folder, **{"a.html": _nested(depth)}), out=folder / "out")))


@case("command", "--published in the wrong form", "refused")
def _(folder):
    return outcome(*build(news(folder), "--published", "a.txt=2024-02-30", out=folder / "out"))


@case("command", "a source that does not exist", "refused")
def _(folder):
    return outcome(*build(folder / "missing", out=folder / "out"))


# ---- running them

def rerun(folder: Path) -> str:
    """Whether every output folder the case left can be built into again, as it is."""
    outs = [path for path in (folder / "out", folder / "news" / "out") if path.is_dir()]
    for out in outs:
        source = folder / "again"
        source.mkdir(exist_ok=True)
        (source / "a.txt").write_text(ARTICLE, encoding="utf-8")
        code, output = build(source, "--force", out=out)
        if code != 0:
            return "FAILS"
    return "ok" if outs else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only the cases whose name holds this word")
    args = parser.parse_args()
    cases = [c for c in CASES if not args.only or args.only.lower() in f"{c.kind} {c.name}".lower()]
    rows, good = [], 0
    with tempfile.TemporaryDirectory(prefix="robustness-") as root:
        for number, item in enumerate(cases):
            folder = Path(root) / f"case{number:02}"
            folder.mkdir()
            try:
                got = item.run(folder)
            except Traceback as error:
                got = f"TRACEBACK {error}"
            except Exception as error:  # the case itself broke: shown, and the other cases still run
                got = f"CASE ERROR {type(error).__name__}: {error}"
            again = rerun(folder) if not got.startswith("TRACEBACK") else "-"
            ok = got == item.expected and again != "FAILS"
            print(f"{item.kind} | {item.name} | {got} | {again}", file=sys.stderr)
            good += ok
            rows.append((item.kind, item.name, item.expected, got, again, "ok" if ok else "MISMATCH"))
    widths = [max(len(str(row[i])) for row in rows + [HEADER]) for i in range(len(HEADER))]
    for row in [HEADER, tuple("-" * width for width in widths), *rows]:
        print(" | ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())
    print(f"\n{good} of {len(rows)} cases as expected; {sum(r[3].startswith('TRACEBACK') for r in rows)} tracebacks; "
          f"{sum(r[4] == 'FAILS' for r in rows)} output folders a rebuild cannot use")


HEADER = ("kind", "case", "expected", "got", "rerun", "")

if __name__ == "__main__":
    main()
