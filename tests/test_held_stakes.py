"""A holding an article names again ("bought the stake") is in the company its earlier purchase by the same
buyer named."""

from eventgraph import pipeline
from eventgraph.model import Document


def purchases(text):
    document = Document(id="d1", path="d1.txt", text=text, published="1987-03-30", published_source="metadata",
                        body=[(0, len(text))])
    return [(m.trigger, sorted(p.actor for p in m.actors)) for m in pipeline.extract(document).event_mentions
            if m.code == "061"]


def test_the_stake_a_buyer_names_again_is_in_the_company_its_earlier_purchase_named():
    found = purchases("Zorbex Corp said it has acquired 412,000 shares of Acme Inc, or 7.2 pct of the total. "
                      "Zorbex added that it bought the stake last month as a long-term holding.")
    assert found[-1] == ("bought the stake", ["acme", "zorbex"])


def test_a_stake_whose_buyer_made_no_earlier_purchase_is_left_as_told():
    found = purchases("Zorbex Corp said it has acquired 412,000 shares of Acme Inc, or 7.2 pct of the total. "
                      "Separately, Jan Novak added that he bought the stake last month as a long-term holding.")
    assert found[-1][0] == "bought the stake" and "acme" not in found[-1][1]
