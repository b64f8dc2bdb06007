import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import titles  # noqa: E402


def test_ids_reads_a_range_of_newids():
    assert titles.id_range("3-5") == range(3, 6)


@pytest.mark.parametrize("ids", ["5", "1-", "-5", "a-b", "9-3"])
def test_malformed_ids_are_reported_in_one_line(ids, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["titles.py", "--ids", ids])
    with pytest.raises(SystemExit) as exit_:
        titles.main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "--ids" in err.strip().splitlines()[-1] and "FIRST-LAST" in err.strip().splitlines()[-1]


def test_an_article_with_no_readable_text_is_left_out_and_counted(monkeypatch, capsys):
    records = [{"id": "reuters-1", "title": "MILL OPENS", "text": "", "published": "1987-03-02"},
               {"id": "reuters-2", "title": "MILL CLOSES", "published": "1987-03-02",
                "text": "The Vorland Mills Co said on Monday it closed its pipe plant in Kalda."}]
    monkeypatch.setattr(titles, "sample", lambda size, seed, ids: records)
    monkeypatch.setattr(sys, "argv", ["titles.py", "--sample", "2"])
    titles.main()
    summary = capsys.readouterr().out.strip().splitlines()
    assert "2 stories (seed 1)" in summary[-3] and "1 with no readable text left out" in summary[-3]
