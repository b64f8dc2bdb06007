import pickle
import shutil

import pytest
from click.testing import CliRunner

from eventgraph import cli, pipeline, syntax


def test_parse_gives_one_ud_tree_per_sentence():
    docs = syntax.parse(["Police arrested two men on Monday.", "Talks were held. Nothing came of them."])
    assert [doc.text for doc in docs] == ["Police arrested two men on Monday.", "Talks were held. Nothing came of them."]
    for doc in docs:
        assert len(list(doc.sents)) == 1
        assert [token for token in doc if token.dep_ == "ROOT"] == [doc[0].sent.root]
        assert all(token.pos_ and token.tag_ and token.lemma_ for token in doc)


def test_the_parser_keeps_ud_label_subtypes():
    labels = set(syntax.load().get_pipe("parser").labels)
    assert {"nsubj:pass", "obl:agent", "obl:unmarked", "aux:pass", "nsubj", "obj"} <= labels


def test_empty_and_overlong_texts_yield_docs_without_raising():
    overlong = "word " * (syntax.LONGEST // 5 + 1)
    empty, long_doc, short = syntax.parse(["", overlong, "It rained."])
    assert len(empty) == 0
    assert len(long_doc) > 1000 and not long_doc.has_annotation("DEP")
    assert short.has_annotation("DEP")
    assert syntax.parse([]) == []


def test_the_model_is_loaded_once(tmp_path, monkeypatch):
    (tmp_path / "config.cfg").write_text("[nlp]\n")
    (tmp_path / "meta.json").write_text("{}")
    calls = []
    monkeypatch.setattr("spacy.load", lambda path: calls.append(path) or object())
    monkeypatch.setattr(syntax, "MODEL_DIR", tmp_path)
    assert syntax.load() is syntax.load() is syntax.load()
    assert calls == [tmp_path]
    assert syntax.load() is not None and syntax.load() is syntax.load()


def test_the_shipped_model_is_loaded_once():
    assert syntax.load() is syntax.load()


def test_a_missing_model_is_one_line_saying_how_to_rebuild(tmp_path, monkeypatch):
    monkeypatch.setattr(syntax, "MODEL_DIR", tmp_path / "en_ud")
    with pytest.raises(syntax.SyntaxModelError) as error:
        syntax.parse(["It rained."])
    message = str(error.value)
    assert "missing" in message and "make model" in message and "\n" not in message


@pytest.mark.parametrize("damage", ["config", "weights"])
def test_a_corrupt_model_is_one_line_saying_how_to_rebuild(tmp_path, monkeypatch, damage):
    model = tmp_path / "en_ud"
    shutil.copytree(syntax.MODEL_DIR, model)
    if damage == "config":
        (model / "config.cfg").write_text("[nlp\nlang = \n")
    else:
        (model / "parser" / "model").write_bytes(b"\x00not a model\n")
    monkeypatch.setattr(syntax, "MODEL_DIR", model)
    with pytest.raises(syntax.SyntaxModelError) as error:
        syntax.load()
    message = str(error.value)
    assert "cannot be read" in message and "make model" in message and "\n" not in message


def test_the_error_crosses_process_boundaries():
    error = syntax.SyntaxModelError("the syntactic model is missing; rebuild it with `make model`")
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


def test_the_cli_shows_a_missing_model_as_one_line(tmp_path, monkeypatch):
    def extract_documents(*args, **kwargs):
        syntax.load()
        return []

    monkeypatch.setattr(syntax, "MODEL_DIR", tmp_path / "en_ud")
    monkeypatch.setattr(pipeline, "extract_documents", extract_documents)
    article = tmp_path / "a.txt"
    article.write_text("Envoys met on Monday.\n")
    result = CliRunner().invoke(cli.main, ["build", str(article), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and "make model" in errors[0], result.output
    assert "Traceback" not in result.output
