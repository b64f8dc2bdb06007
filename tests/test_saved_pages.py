from eventgraph.ingest import iter_documents

from .test_fetch import html_page


def read(tmp_path, markup, name="saved.html"):
    (tmp_path / name).write_text(markup, encoding="utf-8")
    warnings = []
    docs = list(iter_documents([str(tmp_path / name)], warn=warnings.append))
    return docs, warnings


def test_a_saved_page_keeps_its_address_from_the_saved_from_comment(tmp_path):
    markup = "<!-- saved from url=(0037)https://news.example/world/talks -->\n" + html_page(
        "Envoys agree to resume border talks")
    [doc], _ = read(tmp_path, markup)
    assert doc.url == "https://news.example/world/talks"


def test_a_saved_page_keeps_its_canonical_address_outlet_and_author(tmp_path):
    head = ('<link rel="canonical" href="https://herald.example/border-talks">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Envoys agree to resume border talks", "datePublished": "2025-03-03", '
            '"author": {"@type": "Person", "name": "Ana Ruiz"}, '
            '"publisher": {"@type": "Organization", "name": "The Border Herald"}}</script>')
    [doc], _ = read(tmp_path, "<!-- saved from url=(0021)https://elsewhere.example/ -->" + html_page(
        "Envoys agree to resume border talks", head=head))
    assert doc.url == "https://herald.example/border-talks"
    assert (doc.site, doc.author) == ("The Border Herald", "Ana Ruiz")
    assert (doc.published, doc.published_source) == ("2025-03-03", "metadata")


def test_a_page_in_another_language_is_named_with_its_language(tmp_path):
    paragraphs = ["Le président a signé mardi un accord commercial avec la Chine, selon un communiqué officiel.",
                  "Les deux pays ont promis de renforcer leur coopération économique dans les années à venir."]
    docs, warnings = read(tmp_path, html_page("Accord commercial signé avec la Chine", paragraphs), "fr.html")
    assert docs == []
    assert warnings == [f"{tmp_path / 'fr.html'}: skipped, written in French (fr); eventgraph reads English only"]


def layout(title, top, sentences):
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in sentences)
    return f"<html><head><title>{title}</title></head><body><div>{top}{paragraphs}</div></body></html>"


def test_the_headline_is_the_half_of_the_title_the_page_shows(tmp_path):
    [doc], _ = read(tmp_path, layout(
        "The Provincial Gazette - Governing party loses its majority", "<h2>Governing party loses its majority</h2>",
        ["The governing Union party lost its majority in the regional assembly in Sunday's election.",
         "The opposition Green Alliance took 21 seats, its best result since it was founded.",
         "The new assembly meets for the first time on June 10."]))
    assert doc.title == "Governing party loses its majority"
    assert doc.text[doc.body[0][0]:].startswith("The governing Union party")


def test_a_short_section_label_above_an_extracted_article_is_not_its_body(tmp_path):
    [doc], _ = read(tmp_path, layout(
        "Census shows growth", "<p>Business</p><h1>Census shows growth</h1>",
        ["The population grew by 4 percent over the past decade, the census showed on Tuesday.",
         "Almost all of the growth was in the three largest cities.",
         "Detailed results will be published in the autumn."]))
    assert doc.text[doc.body[0][0]:].startswith("The population grew")
