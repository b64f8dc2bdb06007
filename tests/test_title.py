import json

from click.testing import CliRunner

from eventgraph import cli
from eventgraph.exporters.overview import strip
from eventgraph.model import Actor, Date, Document, Event, Participant, Source, Story
from eventgraph.title import default_title, months, title_of

from .stories import small_story


def event(event_id: str, value: str, actors: list[str], docs: list[str]) -> Event:
    return Event(id=event_id, title="t", code="010", label="Make statement", date=Date(value, "day", "explicit"),
                 actors=[Participant(actor) for actor in actors], sources=[Source(doc, "s", 0, 1) for doc in docs])


def test_the_default_names_the_most_reported_actors_and_the_months_spanned():
    story = Story(
        documents=[Document(id=f"d{i}", path="p", text="t", title=f"Headline {i}") for i in range(3)],
        actors=[Actor(id=name.lower(), name=name, type="country") for name in ("Alpha", "Beta", "Gamma", "Delta")],
        events=[event("1", "2011-03-15", ["beta", "gamma"], ["d0", "d1", "d2"]),
                event("2", "2012-08-02", ["alpha", "beta"], ["d0"]),
                event("3", "2011-07-01", ["delta"], ["d1"]),
                event("4", "2011-09-01", ["gamma"], ["d2"])],
        span=("2011-03-15", "2012-08-02"))
    assert default_title(story) == "Beta, Gamma, Alpha — March 2011 to August 2012"
    assert "Headline" not in default_title(story)


def test_the_months_are_those_of_the_story_span_the_page_strip_covers_too():
    story = small_story()
    story.span = ("2021-01-10", "2021-06-30")
    assert default_title(story).endswith("— January to June 2021")
    assert strip(story)["first"] == "2021-01-10" and strip(story)["last"] == "2021-06-30"
    story.span = None
    assert default_title(story) == "Freedonia, Ruritania, Jan Novak"
    assert strip(story) is None


def test_months_are_written_once_when_they_can_be():
    assert months("2024-06-19", "2024-06-20") == "June 2024"
    assert months("2012-03-01", "2012-08-31") == "March to August 2012"
    assert months("2011-03-01", "2012-08-31") == "March 2011 to August 2012"


def test_a_story_with_no_actors_or_no_dates_still_has_a_title():
    assert default_title(Story()) == "News story"
    assert default_title(Story(events=[event("1", "2020-02-02", [], ["d"])], span=("2020-02-02", "2020-02-09"))) \
        == "The story of February 2020"
    assert title_of(Story(title="  Given \n title ")) == "Given title"


def test_build_takes_the_title_given_and_every_file_shows_it(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Talks resume\n\nPublished: March 4, 2025\n\nRuritania and Freedonia agreed on "
                                "Monday to resume talks on their border, officials said.\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["build", str(news), "--out", str(tmp_path / "out"), "--jobs", "1",
                                           "--title", "Border talks <2025>"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    assert json.loads((out / "events.json").read_text())["title"] == "Border talks <2025>"
    assert (out / "timeline.md").read_text().startswith("# Border talks &lt;2025&gt;\n")
    assert json.loads((out / "timelinejs.json").read_text())["title"]["text"]["headline"] == "Border talks &lt;2025&gt;"
    assert "<h1>Border talks &lt;2025&gt;</h1>" in (out / "graph.html").read_text()
    again = CliRunner().invoke(cli.main, ["build", str(news), "--out", str(out), "--jobs", "1"])
    assert json.loads((out / "events.json").read_text())["title"] != "Border talks <2025>", again.output
