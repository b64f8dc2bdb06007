import gc

from eventgraph import pipeline
from eventgraph.cache import ExtractionCache
from eventgraph.model import Document


def articles(count: int) -> list[Document]:
    docs = []
    for number in range(count):
        text = f"Article {number} headline here\n\nOfficials met in city {number} on Monday. They agreed to talk again."
        docs.append(Document(id=f"a{number}", path=f"news/a{number}.txt", text=text, title=f"Article {number}",
                             published="2021-05-04", body=[(text.index("Officials"), len(text))]))
    return docs


def test_a_process_pool_gives_the_same_documents_in_the_same_order():
    inline = list(pipeline.extract_all(articles(70), pipeline.InlineExecutor()))
    with pipeline.local_executor(2) as executor:
        pooled = list(pipeline.extract_all(articles(70), executor, in_flight=3))
    assert [doc.id for doc in pooled] == [f"a{number}" for number in range(70)]
    assert pooled == inline
    assert all(doc.sentences for doc in pooled)


def test_a_process_pool_pauses_this_process_collector_while_its_workers_collect():
    assert gc.isenabled()
    with pipeline.local_executor(2) as executor:
        assert len(list(pipeline.extract_all(articles(2), executor))) == 2
        assert not gc.isenabled()
        assert executor.submit(gc.isenabled).result()
    assert gc.isenabled()


def test_the_cache_extracts_each_article_once_and_new_ones_only(tmp_path):
    with ExtractionCache(tmp_path / "c.sqlite") as store:
        first, second, third = pipeline.Counts(), pipeline.Counts(), pipeline.Counts()
        cold = list(pipeline.extract_all(articles(40), pipeline.InlineExecutor(), store, first))
        warm = list(pipeline.extract_all(articles(40), pipeline.InlineExecutor(), store, second))
        added = list(pipeline.extract_all(articles(41), pipeline.InlineExecutor(), store, third))
    assert (first.extracted, first.cached) == (40, 0)
    assert (second.extracted, second.cached) == (0, 40)
    assert (third.extracted, third.cached) == (1, 40)
    assert warm == cold and added[:40] == cold


def test_a_changed_article_is_extracted_again(tmp_path):
    docs = articles(3)
    with ExtractionCache(tmp_path / "c.sqlite") as store:
        list(pipeline.extract_all(docs, pipeline.InlineExecutor(), store))
        changed = articles(3)
        changed[1].published = "2021-05-05"
        counts = pipeline.Counts()
        list(pipeline.extract_all(changed, pipeline.InlineExecutor(), store, counts))
    assert (counts.extracted, counts.cached) == (1, 2)


def test_an_article_whose_extraction_fails_is_named_and_left_out(monkeypatch):
    real = pipeline._prepare

    def prepare(doc):
        if doc.id == "a1":
            raise ValueError("unexpected input")
        return real(doc)

    monkeypatch.setattr(pipeline, "_prepare", prepare)
    warnings = []
    docs = list(pipeline.extract_all(articles(3), pipeline.InlineExecutor(), warn=warnings.append))
    assert [doc.id for doc in docs] == ["a0", "a2"]
    assert warnings == ["news/a1.txt: a1 left out, its extraction failed (ValueError: unexpected input)"]


def test_an_article_that_trips_the_event_batch_is_the_only_one_left_out(monkeypatch):
    real = pipeline.events.annotate_many

    def annotate_many(docs):
        if any(doc.id == "a1" for doc in docs):
            raise ValueError("odd article")
        return real(docs)

    monkeypatch.setattr(pipeline.events, "annotate_many", annotate_many)
    warnings = []
    docs = list(pipeline.extract_all(articles(3), pipeline.InlineExecutor(), warn=warnings.append))
    assert [doc.id for doc in docs] == ["a0", "a2"]
    assert warnings == ["news/a1.txt: a1 left out, its extraction failed (ValueError: odd article)"]


def test_extraction_streams_a_bounded_number_of_chunks_ahead():
    read = []

    def source():
        for doc in articles(10 * pipeline.CHUNK):
            read.append(doc.id)
            yield doc

    stream = pipeline.extract_all(source(), pipeline.InlineExecutor(), in_flight=2)
    next(stream)
    assert len(read) == 2 * pipeline.CHUNK


def test_an_article_left_out_of_the_cross_article_passes_lends_no_date(monkeypatch):
    docs = list(pipeline.extract_all(articles(3), pipeline.InlineExecutor()))
    docs[0].published = None
    infer, merge_events = pipeline.merge.infer_publication_dates, pipeline.merge.merge_events

    def lends_a2s_date(documents):
        if any(doc.id == "a2" for doc in documents):
            for doc in documents:
                if doc.published is None:
                    doc.published, doc.published_source = "2021-05-04", "inferred"
            return [doc for doc in documents if doc.published_source == "inferred"]
        return infer(documents)

    def fails_with_a2(documents, actors):
        if any(doc.id == "a2" for doc in documents):
            raise ValueError("year 10000 is out of range")
        return merge_events(documents, actors)

    monkeypatch.setattr(pipeline.merge, "infer_publication_dates", lends_a2s_date)
    monkeypatch.setattr(pipeline.merge, "merge_events", fails_with_a2)
    warnings = []
    story = pipeline.assemble(docs, warn=warnings.append)
    assert [doc.id for doc in story.documents] == ["a0", "a1"]
    assert (docs[0].published, docs[0].published_source) == (None, None)
    assert warnings == ["news/a2.txt: a2 left out, the cross-article passes failed on it "
                        "(ValueError: year 10000 is out of range)"]



def test_every_actor_an_event_names_is_an_actor_of_the_story():
    text = ("Port Marin Cannery Inc said it failed to agree with its main lenders Growers Trust Corp and Acme Bank "
            "Corp on a new loan. It said Growers has demanded repayment of three mln dlrs. Striking Ruritanian "
            "dockers blocked the port on Monday, union officials said. Western diplomats said police had "
            "arrested 20 dockers.\n")
    doc = Document(id="a", path="news/a.txt", text=text, published="2021-05-06", body=[(0, len(text))])
    story = pipeline.assemble([pipeline.extract(doc)])
    named = {p.actor for event in story.events for p in event.actors} | \
        {event.attributed_to for event in story.events if event.attributed_to}
    assert len(named) >= 3
    assert named <= {actor.id for actor in story.actors}
