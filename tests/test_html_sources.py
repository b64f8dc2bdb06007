"""graph.html names each source's outlet beside its title and links the title to the article's URL."""

import re

from .test_html import browser, opened, story  # noqa: F401  (the browser fixtures of the page's tests)


def test_a_source_shows_its_outlet_and_links_to_its_url(opened):  # noqa: F811
    the_story = story(url="https://herald.example/pact")
    the_story.documents[0].site = "The <b>Border</b> Herald"
    page = opened(the_story)
    page.page.get_by_role("button", name=re.compile("sign a trade pact")).click()
    heading = page.page.locator("#details .source-title").first
    assert heading.inner_text().startswith("Pact signed The <b>Border</b> Herald")
    assert heading.locator("a").get_attribute("href") == "https://herald.example/pact"
    assert page.page.locator("#details b").count() == 0
