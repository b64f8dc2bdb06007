"""The tagger's grammar, read from the data files in `resources/en/time/` (HeidelTime's layout).

Tables (`*.tsv`) map words to normalised parts ("sept" -> 09); `fragments.txt` names reusable regular
expressions; `rules.txt` lists the extraction rules, each naming the normaliser that computes its value. All
rules are compiled into one regular expression, tried only where `scan.tsv` says an expression may start; the
rule that matched is the outer group `r<index>`, and its own named groups are renamed `r<index>_<name>` so
that rules may share names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import datafiles

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "en" / "time"

# Tables of names: they match only capitalised, which keeps the verb "march" and the modal "may" out.
CAPITALISED = frozenset({"months", "month_abbreviations", "holidays"})

# Every time expression contains a trigger (see scan.tsv), such as the last word of an entry of these tables.
# Trying the pattern only around triggers makes the tagger many times faster than trying every position.
TRIGGER_TABLES = ("months", "month_abbreviations", "weekdays", "units", "seasons", "deictic", "references",
                  "frequencies", "holidays", "decades", "dayparts")
# Tables whose words are not parts of time expressions.
NOT_EXPRESSION_TABLES = ("tense", "prepositions", "scan")

_REFERENCE = re.compile(r"%([A-Za-z_][A-Za-z0-9_]*)")
_GROUP = re.compile(r"\(\?P<([A-Za-z_]\w*)>")


@dataclass(frozen=True)
class Example:
    """One `EXAMPLE` line: tagging `sentence` against `dct` finds `text` with `type` and `value`."""

    source: str
    dct: str
    sentence: str
    text: str
    type: str  # NONE: `text` must not be part of any time expression
    value: str | None


@dataclass
class Rule:
    name: str
    type: str
    value: str
    pattern: str
    groups: list[tuple[str, str]] = field(default_factory=list)  # (name in the compiled pattern, name in the rule)

    def captures(self, match: re.Match) -> dict[str, str]:
        found: dict[str, str] = {}
        for compiled, name in self.groups:
            text = match.group(compiled)
            if text is not None and name not in found:
                found[name] = text
        return found


@dataclass
class Grammar:
    tables: dict[str, dict[str, str]]
    ambiguous: frozenset[str]
    rules: dict[str, Rule]
    pattern: re.Pattern
    examples: list[Example]
    triggers: frozenset[str] = frozenset()
    glue: frozenset[str] = frozenset()
    starters: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # words that may be capitalised anywhere: "Monday", "Day" of "Labor Day"
    # `pattern` with no group but an empty one that ends each rule: it fails several times faster, and most tries fail
    screen: re.Pattern | None = None
    branches: dict[str, re.Pattern] = field(default_factory=dict)  # each rule's branch of `pattern` alone

    def match(self, text: str, start: int) -> re.Match | None:
        """`pattern.match(text, start)`: the screen finds which rule matches, that rule's branch its groups (the
        first branch that matches is the same in both)."""
        if self.screen is None:
            return self.pattern.match(text, start)
        found = self.screen.match(text, start)
        return None if found is None else self.branches[found.lastgroup].match(text, start)

    def lookup(self, table: str, text: str) -> str | None:
        return self.tables[table].get(key(text))


def key(text: str) -> str:
    """How table entries and matched text are compared: case, dots, hyphens and spacing do not count."""
    return " ".join(text.lower().replace("’", "'").replace(".", "").replace("-", " ").split())


def _example(source: str, line: str) -> Example:
    parts = [part.strip() for part in line[len("EXAMPLE"):].split("|")]
    if len(parts) == 4 and parts[3] == "NONE":
        return Example(source, parts[0], parts[1], parts[2], "NONE", None)
    if len(parts) != 5:
        raise ValueError(f"{source}: malformed example: {line}")
    return Example(source, *parts)


def _table_pattern(name: str, keys: list[str]) -> str:
    """The keys of a table as one regular expression, a trie: each character is tested once, longest key first."""
    if name in CAPITALISED:
        variants = []
        for word in keys:
            variants.append(" ".join(part[:1].upper() + part[1:] for part in word.split(" ")))
            variants.append(word.upper())
        return "(?-i:" + _trie([_pieces(word) for word in variants]) + ")"
    return _trie([_pieces(word) for word in keys])


def _pieces(word: str) -> tuple[str, ...]:
    """A table key as regular-expression pieces: a space matches a hyphen or white space, ' either apostrophe."""
    return tuple(r"[-\s]+" if char == " " else "['’]" if char == "'" else re.escape(char) for char in word)


def _trie(words: list[tuple[str, ...]]) -> str:
    branches: dict[str, list[tuple[str, ...]]] = {}
    complete = False
    for word in words:
        if word:
            branches.setdefault(word[0], []).append(word[1:])
        else:
            complete = True
    if not branches:
        return ""
    alternatives = [piece + _trie(rests) for piece, rests in branches.items()]
    body = alternatives[0] if len(alternatives) == 1 and not complete else "(?:" + "|".join(alternatives) + ")"
    return body + "?" if complete else body


def _spaces(pattern: str) -> str:
    """A space matches any run of white space (a single white-space character inside a character class)."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
            out.append(char)
        elif char == "]" and in_class:
            in_class = False
            out.append(char)
        elif char == " ":
            out.append(r"\s" if in_class else r"\s+")
        else:
            out.append(char)
    return "".join(out)


def _expand(pattern: str, fragments: dict[str, str], tables: dict[str, str], seen: tuple[str, ...] = ()) -> str:
    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name in tables:
            return tables[name]
        if name in fragments:
            if name in seen:
                raise ValueError(f"fragment %{name} refers to itself")
            return "(?:" + _expand(fragments[name], fragments, tables, seen + (name,)) + ")"
        raise ValueError(f"unknown fragment or table %{name}")

    return _REFERENCE.sub(replace, pattern)


def _rename(pattern: str, index: int) -> tuple[str, list[tuple[str, str]]]:
    groups: list[tuple[str, str]] = []
    counts: dict[str, int] = {}

    def replace(match: re.Match) -> str:
        name = match.group(1)
        counts[name] = counts.get(name, 0) + 1
        compiled = f"r{index}_{name}_{counts[name]}"
        groups.append((compiled, name))
        return f"(?P<{compiled}>"

    return _GROUP.sub(replace, pattern), groups


def _read_rules(path: Path) -> tuple[list[Rule], list[Example]]:
    rules, examples, current = [], [], None
    for line in datafiles.lines(path):
        word, _, rest = line.partition(" ")
        if word == "RULE":
            current = Rule(rest.strip(), "", "", "")
            rules.append(current)
        elif word == "EXAMPLE":
            examples.append(_example(f"{path.name}: {current.name if current else ''}", line))
        elif current is not None and word in ("TYPE", "VALUE", "MATCH"):
            setattr(current, {"TYPE": "type", "VALUE": "value", "MATCH": "pattern"}[word], rest.strip())
        else:
            raise ValueError(f"{path.name}: unexpected line: {line}")
    return rules, examples


@lru_cache(maxsize=None)
def read_tables(root: Path = RESOURCES) -> tuple[dict[str, dict[str, str]], frozenset[str], tuple[Example, ...]]:
    """The word tables of the grammar, the entries marked ambiguous and the tables' examples, without compiling
    the grammar: what a reader of one table (the tense of verbs) needs."""
    tables: dict[str, dict[str, str]] = {}
    ambiguous: set[str] = set()
    examples: list[Example] = []
    for path in sorted(root.glob("*.tsv")):
        entries: dict[str, str] = {}
        for line in datafiles.lines(path):
            if line.startswith("EXAMPLE"):
                examples.append(_example(path.name, line))
                continue
            columns = line.split("\t")
            entries[key(columns[0])] = columns[1].strip() if len(columns) > 1 else ""
            if len(columns) > 2 and columns[2].strip() == "ambiguous":
                ambiguous.add(key(columns[0]))
        tables[path.stem] = entries
    return tables, frozenset(ambiguous), tuple(examples)


@lru_cache(maxsize=None)
def load(root: Path = RESOURCES) -> Grammar:
    tables, ambiguous, table_examples = read_tables(root)
    table_patterns = {name: _table_pattern(name, list(entries)) for name, entries in tables.items()}
    examples: list[Example] = list(table_examples)

    fragments: dict[str, str] = {}
    for line in datafiles.lines(root / "fragments.txt"):
        if line.startswith("EXAMPLE"):
            examples.append(_example("fragments.txt", line))
            continue
        name, _, pattern = line.partition(" = ")
        fragments[name.strip()] = _spaces(pattern.strip())

    rules, rule_examples = _read_rules(root / "rules.txt")
    examples.extend(rule_examples)
    branches, bare = [], []
    for index, rule in enumerate(rules):
        expanded = _expand(_spaces(rule.pattern), fragments, table_patterns)
        renamed, rule.groups = _rename(expanded, index)
        branches.append(f"(?P<r{index}>{renamed})")
        # the rule's group is empty and closes its branch, so that the branch opens with the rule's own first
        # piece: the engine skips at once an alternative whose first character (a digit, a class) cannot match
        bare.append(f"(?:{_GROUP.sub('(?:', expanded)})(?P<r{index}>)")
    pattern = _words(branches)
    scan = tables["scan"]
    triggers = {word for word, role in scan.items() if role == "trigger"}
    for name in TRIGGER_TABLES:
        for entry in tables[name]:
            last = re.findall(r"\w+", entry)[-1]
            triggers.update((last, last + "s"))
    starters = triggers | {word for word, role in scan.items() if role == "starter"}
    glue = starters | {word for word, role in scan.items() if role == "glue"}
    for name, entries in tables.items():
        if name not in NOT_EXPRESSION_TABLES:
            words = [re.findall(r"\w+", entry) for entry in entries]
            starters.update(entry[0] for entry in words if entry)
            glue.update(word for entry in words for word in entry)
    names = {word for name in CAPITALISED | {"seasons", "weekdays"} for entry in tables[name] for word in re.findall(r"\w+", entry)}
    return Grammar(tables, ambiguous, {f"r{index}": rule for index, rule in enumerate(rules)},
                   pattern, examples, frozenset(triggers), frozenset(glue), frozenset(starters), frozenset(names),
                   _words(bare), {f"r{index}": _words([branch]) for index, branch in enumerate(branches)})


def _words(branches: list[str]) -> re.Pattern:
    """The first of `branches` that matches whole words."""
    return re.compile(r"(?<!\w)(?:" + "|".join(branches) + r")(?!\w)", re.IGNORECASE)
