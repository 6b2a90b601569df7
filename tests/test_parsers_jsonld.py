"""JSON-LD read tolerantly: broken blocks repaired or skipped, never fatal."""

from __future__ import annotations

from lxml import etree

from marquee.parsers.jsonld import kind_of_type, loads_tolerant, person_names, title_object


def _root(script: str) -> etree._Element:
    return etree.HTML(
        f'<html><head><script type="application/ld+json">{script}</script></head></html>'
    )


def test_trailing_commas_and_truncation_are_repaired() -> None:
    obj = title_object(_root('{"@type": "Movie", "director": [{"name": "Bong Joon Ho"}],, "a": ['))
    assert obj is not None
    assert person_names(obj["director"]) == ["Bong Joon Ho"]


def test_garbage_is_none() -> None:
    assert loads_tolerant("") is None
    assert title_object(_root("not json at all")) is None


def test_graph_and_type_lists() -> None:
    obj = title_object(
        _root('{"@graph": [{"@type": "WebPage"}, {"@type": ["TVSeries"], "name": "X"}]}')
    )
    assert obj is not None and obj["name"] == "X"


def test_kinds_and_person_shapes() -> None:
    assert kind_of_type("Movie") == "movie"
    assert kind_of_type("https://schema.org/TVSeries") == "show"
    assert kind_of_type("Person") is None
    assert person_names({"name": " Ada  Ulloa "}) == ["Ada Ulloa"]
    assert person_names(["Ada", {"@type": "Person"}, 3]) == ["Ada"]


def test_raw_control_characters_in_strings_are_read() -> None:
    """Pages put raw tabs and newlines inside JSON-LD strings; the strict parser refuses them."""
    assert loads_tolerant('{"name": "Line one\nline\ttwo"}') == {"name": "Line one\nline\ttwo"}
