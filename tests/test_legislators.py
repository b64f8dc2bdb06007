import json

import pytest

from eventgraph import actors, pipeline, sentences
from eventgraph.model import Document

SENATE = "united-states-senate"
HOUSE = "united-states-house-of-representatives"


def affiliations(text: str) -> dict[str, str | None]:
    doc = Document(id="a", path="a.txt", text=text, published="1987-03-20", body=[(0, len(text))])
    doc = actors.annotate(sentences.annotate(doc))
    return {mention.text: mention.affiliation for mention in doc.mentions if mention.type == "person"}


@pytest.mark.parametrize("text, name, chamber", [
    ("Sen. Jane Roe (R-Kan.) said the farm banks were worried.\n", "Jane Roe", SENATE),
    ("The bill was offered by Senator Jane Roe, D-Okla., on Monday.\n", "Jane Roe", SENATE),
    ("Rep. Tom Vale, a Democrat from Ohio, said he would vote against it.\n", "Tom Vale", HOUSE),
    ("Representative Tom Vale (R-N.Y.) opposed the measure.\n", "Tom Vale", HOUSE),
    ("The measure, offered by Tom Vale (D-Ill.), passed.\n", "Tom Vale", "united-states-congress"),
    ("U.S. Sen. Jane Roe said Japan must open its markets.\n", "Jane Roe", SENATE),
])
def test_a_member_of_congress_speaks_for_his_chamber(text, name, chamber):
    assert affiliations(text)[name] == chamber


@pytest.mark.parametrize("text", [
    "Representative Tom Vale met the trade delegation on Monday.\n",  # an envoy or agent as much as a member
    "Officials in Brazil said Senator Jane Roe would vote for the plan.\n",  # another country's senate
])
def test_no_chamber_without_its_cue(text):
    assert set(affiliations(text).values()) == {None}


def test_the_chamber_joins_its_member_s_statement_though_the_article_never_names_it(tmp_path):
    path = tmp_path / "story.jsonl"
    path.write_text(json.dumps({"id": "a", "title": "Farm banks", "published": "1987-03-20",
                                "text": "Sen. Jane Roe (R-Kan.) said on Friday that farm banks would fail.\n"}) + "\n")
    story = pipeline.build([str(path)])
    names = {actor.id: actor.name for actor in story.actors}
    statement = next(event for event in story.events if "Jane Roe" in event.title)
    assert sorted(names[p.actor] for p in statement.actors if p.role == "source") == [
        "Jane Roe", "United States Senate"]
