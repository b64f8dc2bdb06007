import pytest

from eventgraph.ingest import OtherLanguage, lay_out, language
from eventgraph.model import Document

FRENCH = ("Le président a signé mardi un accord commercial avec la Chine, selon un communiqué publié par "
          "l'Élysée. Les deux pays ont promis de renforcer leur coopération économique dans les années à venir.")
ENGLISH = ("The president signed a trade accord with China on Tuesday, according to a statement from his office. "
           "Both countries promised to deepen their economic cooperation in the years to come.")


def test_an_article_in_another_language_is_skipped_with_its_name():
    with pytest.raises(OtherLanguage, match=r"written in French \(fr\); eventgraph reads English only"):
        lay_out(Document(id="a", path="a.txt", text=f"Accord commercial signé avec la Chine\n\n{FRENCH}\n"))


def test_english_and_short_texts_are_read():
    assert language.foreign(ENGLISH) is None
    assert language.foreign("Ljubljana i Zagreb podpisali sporazum.") is None


def test_english_full_of_foreign_names_is_read():
    text = ("Nguyen Van Thieu and Tran Thi Huong met in Ouagadougou on Wednesday, where Bolat Nurlanovich and "
            "Ekaterina Zhukovskaya signed the Kyzylorda cooperation accord at the Xochimilco Palace, Xinhua reported.")
    assert language.foreign(text) is None
