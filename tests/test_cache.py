import json
import sqlite3
import zlib

import pytest

from eventgraph import cache
from eventgraph.model import (Date, Document, EventMention, Mention, Participant, Sentence, Timex, from_dict,
                              to_dict)

TEXT = "Ruritania and Freedonia signed a pact on Monday. Talks went on."


def extracted(**changes) -> Document:
    doc = Document(id="a1", path="news/a1.txt", text=TEXT, title="Pact signed", published="2021-05-04",
                   published_source="text", body=[(0, len(TEXT))],
                   sentences=[Sentence(0, 48, TEXT[:48]), Sentence(49, len(TEXT), TEXT[49:])],
                   timexes=[Timex(40, 46, "Monday", "DATE", "2021-05-03", relative=True)],
                   mentions=[Mention(0, 9, "Ruritania", "ruritania", "country", code="RUR")],
                   event_mentions=[EventMention(0, 24, 30, "signed", "057", "Sign formal agreement", "sign",
                                                date=Date("2021-05-03", "day", "relative", "Monday"), timex=0,
                                                actors=[Participant("ruritania", "source")])])
    for name, value in changes.items():
        setattr(doc, name, value)
    return doc


def test_a_stored_document_comes_back_equal(tmp_path):
    doc = extracted()
    with cache.ExtractionCache(tmp_path / "c.sqlite") as store:
        store.put_many([(cache.article_key(doc), doc)])
    with cache.ExtractionCache(tmp_path / "c.sqlite") as store:
        assert store.get_many([cache.article_key(doc), "other"]) == {cache.article_key(doc): doc}


@pytest.mark.parametrize("change", [{"text": TEXT + " More."}, {"published": "2021-05-05"},
                                    {"published_source": "option"}, {"id": "a2"}, {"body": [(0, 48)]}])
def test_the_key_changes_with_what_extraction_reads(change):
    assert cache.article_key(extracted()) != cache.article_key(extracted(**change))


def test_the_key_ignores_what_extraction_writes():
    assert cache.article_key(extracted()) == cache.article_key(extracted(sentences=[], mentions=[]))


def test_the_key_changes_with_the_pipeline_version(monkeypatch):
    before = cache.article_key(extracted())
    monkeypatch.setattr(cache, "pipeline_version", lambda: "another")
    assert cache.article_key(extracted()) != before


def test_rows_of_another_version_are_dropped(tmp_path, monkeypatch):
    path = tmp_path / "c.sqlite"
    with cache.ExtractionCache(path) as store:
        store.put_many([("k", extracted())])
    monkeypatch.setattr(cache, "pipeline_version", lambda: "another")
    with cache.ExtractionCache(path) as store:
        assert len(store) == 0


def test_the_version_covers_resources_and_code():
    version = cache.pipeline_version()
    assert len(version) == 16 and version == cache.pipeline_version()


@pytest.mark.parametrize("content", [b"not a database, just some text" * 100, None])
def test_a_file_that_is_not_a_cache_is_refused(tmp_path, content):
    path = tmp_path / "c.sqlite"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    with pytest.raises(cache.CacheError, match="not an eventgraph cache|cannot be read"):
        cache.ExtractionCache(path)


def test_the_cache_is_a_plain_sqlite_file(tmp_path):
    with cache.ExtractionCache(tmp_path / "c.sqlite") as store:
        store.put_many([("k", extracted())])
    rows = sqlite3.connect(tmp_path / "c.sqlite").execute("SELECT key, version FROM articles").fetchall()
    assert rows == [("k", cache.pipeline_version())]


def test_stored_documents_are_the_json_of_model_to_dict():
    doc = extracted()
    assert json.loads(zlib.decompress(cache.encode(doc))) == json.loads(json.dumps(to_dict(doc)))
    assert cache.decode(cache.encode(doc)) == from_dict(Document, to_dict(doc)) == doc
    bare = extracted(published=None, body=[], sentences=[], timexes=[], mentions=[], event_mentions=[])
    assert cache.decode(cache.encode(bare)) == bare


def test_the_cache_is_marked_as_eventgraphs(tmp_path):
    with cache.ExtractionCache(tmp_path / "c.sqlite"):
        pass
    connection = sqlite3.connect(tmp_path / "c.sqlite")
    assert connection.execute("PRAGMA application_id").fetchone()[0] == cache.APPLICATION_ID
    assert connection.execute("PRAGMA user_version").fetchone()[0] == cache.SCHEMA_VERSION


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "theirs.sqlite"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT)")
        connection.executemany("INSERT INTO articles (title) VALUES (?)", [("one",), ("two",)])
    connection.close()
    before = path.read_bytes()
    with pytest.raises(cache.CacheError, match="another program's SQLite database.*left untouched"):
        cache.ExtractionCache(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["theirs.sqlite"]


def test_a_cache_of_an_earlier_version_without_marks_is_kept(tmp_path):
    path = tmp_path / "c.sqlite"
    connection = sqlite3.connect(path)
    with connection:
        for table, columns in cache.TABLES.items():
            connection.execute(f"CREATE TABLE {table} ({columns})")
    connection.close()
    with cache.ExtractionCache(path) as store:
        store.put_many([("k", extracted())])
        assert store.get_many(["k"])["k"] == extracted()


def test_a_cache_cut_in_half_is_moved_aside_and_built_again(tmp_path):
    path = tmp_path / "c.sqlite"
    with cache.ExtractionCache(path) as store:
        store.put_many([(f"k{n}", extracted(id=f"a{n}", text=TEXT * 50)) for n in range(200)])
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])
    said = []
    with cache.ExtractionCache(path, warn=said.append) as store:
        store.put_many([("k", extracted())])
        assert store.get_many(["k", "k1"]) == {"k": extracted()}
    assert len(said) == 1 and "moved aside" in said[0]
    assert [p.name for p in tmp_path.iterdir() if ".corrupt-" in p.name]


def test_a_bad_row_is_a_cache_miss(tmp_path):
    with cache.ExtractionCache(tmp_path / "c.sqlite") as store:
        store.put_many([("good", extracted()), ("bad", extracted())])
        with store.connection:
            store.connection.execute("UPDATE articles SET document = ? WHERE key = 'bad'", (b"not zlib",))
        assert store.get_many(["good", "bad"]) == {"good": extracted()}
        with store.connection:
            store.connection.execute("UPDATE articles SET document = ? WHERE key = 'bad'",
                                     (zlib.compress(b'{"id": 1}'),))
        assert store.get_many(["bad"]) == {}


def test_a_damaged_fetched_page_is_a_cache_miss(tmp_path):
    from eventgraph.fetch.store import PageStore

    with PageStore(tmp_path / "c.sqlite") as store:
        with store.connection:
            store.connection.execute("INSERT INTO pages VALUES ('https://a.example/1', 'https://a.example/1', "
                                     "'text/html', NULL, NULL, NULL, x'00ff')")
        assert store.get("https://a.example/1") is None
