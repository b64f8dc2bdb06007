import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from corpus import gum_news  # noqa: E402

CONLLU = """# newdoc id = GUM_news_sample
# meta::dateCreated = 2010-01-02
# newpar
# newpar_block = head (1 s)
# sent_id = GUM_news_sample-1
# text = Minister resigns
1\tMinister\tminister\tNOUN\tNN\t_\t2\tnsubj\t_\t_
2\tresigns\tresign\tVERB\tVBZ\t_\t0\troot\t_\t_

# newpar
# newpar_block = p (2 s)
# sent_id = GUM_news_sample-2
# text = Monday, January 2, 2010
1\tMonday\tMonday\tPROPN\tNNP\t_\t0\troot\t_\t_

# newpar
# newpar_block = p (2 s)
# sent_id = GUM_news_sample-3
# text = The minister resigned.
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_

# sent_id = GUM_news_sample-4
# text = He said nothing.
1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_

# newdoc id = GUM_speech_other
# meta::dateCreated = 2011-01-01
# newpar
# sent_id = GUM_speech_other-1
# text = Not news.
1\tNot\tnot\tPART\tRB\t_\t0\troot\t_\t_

"""


def test_gum_news_rebuilds_text_title_and_date(tmp_path):
    (tmp_path / "dev.conllu").write_text(CONLLU, encoding="utf-8")
    records = list(gum_news(root=tmp_path, parts=("dev",)))
    assert records == [{"id": "gum-GUM_news_sample", "title": "Minister resigns",
                        "text": "Monday, January 2, 2010\n\nThe minister resigned. He said nothing.",
                        "published": "2010-01-02", "dateline": ""}]
