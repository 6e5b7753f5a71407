"""docs/algorithms.md is what scripts/make_docs.py writes from the registered algorithms, so
the reference a user reads says what the algorithms really take and do."""

import os

import pytest

from .conftest import REPO_ROOT, load_script

COMMITTED = os.path.join(REPO_ROOT, "docs", "algorithms.md")


def test_committed_reference_is_what_make_docs_writes(wijkradar_provider, tmp_path):
    make_docs = load_script("make_docs")
    generated = make_docs.write_reference(wijkradar_provider, str(tmp_path / "algorithms.md"))
    with open(generated, encoding="utf-8") as handle:
        fresh = handle.read()
    assert os.path.exists(COMMITTED), "docs/algorithms.md is missing: run make docs"
    with open(COMMITTED, encoding="utf-8") as handle:
        committed = handle.read()
    assert committed == fresh, "docs/algorithms.md is out of date: run make docs"
    algorithms = wijkradar_provider.algorithms()
    assert len(algorithms) >= 8
    for algorithm in algorithms:
        assert f"`{algorithm.id()}`" in committed, f"{algorithm.id()} is not in the reference"
        assert f"### {make_docs.escape_markdown(algorithm.displayName())}\n" in committed


def test_help_html_becomes_markdown():
    make_docs = load_script("make_docs")
    html = ("<p>Counts per <b>area </b>and <i>week</i>: fields sub_&lt;domain&gt;, "
            "<code>a:+:1</code>, km<sup>2</sup>.<br>Second line.</p>"
            "<ul><li><b>PAI</b>: hit rate / area share;</li><li>PEI</li></ul>"
            "<ol><li>first</li><li>second</li></ol><p>See <a href='https://x.nl'>this</a>.</p>")
    assert make_docs.help_markdown(html) == (
        "Counts per **area** and *week*: fields sub\\_&lt;domain&gt;, `a:+:1`, "
        "km<sup>2</sup>.\\\nSecond line.\n\n"
        "- **PAI**: hit rate / area share;\n- PEI\n\n"
        "1. first\n2. second\n\nSee [this](https://x.nl).")


def test_help_with_a_tag_markdown_cannot_show_is_refused():
    make_docs = load_script("make_docs")
    with pytest.raises(ValueError, match="<table>.*make_docs.py"):
        make_docs.help_markdown("<p>Scores</p><table><tr><td>1</td></tr></table>")
