"""The committed print layout templates are what scripts/make_layout_template.py writes
(`make layouts`), so a template edited in the designer is not silently lost next time."""

import os
import re
import xml.etree.ElementTree as ElementTree

import pytest
from qgis.core import Qgis, QgsReadWriteContext

from .conftest import REPO_ROOT, load_script

# QGIS gives every item a new random id each time it writes a layout.
UUID = re.compile(r"\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}")


def canonical(path):
    """A layout file as a comparable tuple: attributes sorted (QGIS writes them in a random
    order) and every item id replaced by its order of first appearance, so that references
    between items (a legend's map) still have to agree."""
    numbers = {}

    def stable(value):
        return UUID.sub(lambda m: f"item-{numbers.setdefault(m.group(), len(numbers))}",
                        value)

    def element(node):
        attributes = tuple((k, stable(v)) for k, v in sorted(node.attrib.items()))
        return (node.tag, attributes, stable((node.text or "").strip()),
                tuple(element(child) for child in node))

    return element(ElementTree.parse(path).getroot())


@pytest.mark.parametrize("paper, scale", [("A4", 1.0), ("A3", 2 ** 0.5)])
def test_the_committed_template_is_what_make_layouts_writes(qgis_app, tmp_path, monkeypatch,
                                                            paper, scale):
    if Qgis.QGIS_VERSION_INT >= 32300:  # as the model: written by the oldest QGIS supported
        pytest.skip("the templates are written by QGIS 3.22, which newer releases read")
    monkeypatch.syspath_prepend(os.path.join(REPO_ROOT, "scripts"))  # its headless_qgis
    script = load_script("make_layout_template")
    written = tmp_path / "template.qpt"
    assert script.build(scale, paper).saveAsTemplate(str(written), QgsReadWriteContext())
    committed = os.path.join(REPO_ROOT, "resources", "layouts",
                             f"patrol_focus_map_{paper.lower()}.qpt")
    assert canonical(committed) == canonical(written), (
        f"{committed} is not what scripts/make_layout_template.py writes: run `make layouts` "
        "(or carry a change made in the layout designer over into the script)")
