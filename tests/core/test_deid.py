"""Loading deduce's lists pauses Python's cycle collector (core.deid._collector_paused).

With the collector running, the 4.5 million objects of deduce's lists were walked again and
again while they loaded (6-9 s instead of about 1.5) and in every full round after (3 s),
holding the interpreter each time: QGIS's interface stalled even with the load in a
background thread. These tests use a stand-in for deduce."""

import gc

import pytest

from wijkradar.core import deid


@pytest.fixture()
def fresh(monkeypatch):
    monkeypatch.setitem(deid._state, "annotator", None)
    yield
    gc.enable()


def test_the_collector_is_paused_while_the_lists_load_and_nothing_is_frozen(fresh,
                                                                            monkeypatch):
    seen = {}

    class Lists:
        def __init__(self):
            seen["collector on"] = gc.isenabled()
            self.items = [[i] for i in range(1000)]  # objects the collector tracks

    monkeypatch.setattr(deid, "_Annotator", Lists)
    frozen = gc.get_freeze_count()
    lists = deid.annotator()
    assert seen == {"collector on": False}
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    assert deid.annotator() is lists  # loaded once


def test_a_failed_load_turns_the_collector_back_on(fresh, monkeypatch):
    class Broken:
        def __init__(self):
            raise OSError("lookup_structs.pickle: permission denied")

    monkeypatch.setattr(deid, "_Annotator", Broken)
    with pytest.raises(OSError):
        deid.annotator()
    assert gc.isenabled() and not deid.is_loaded()


def test_a_collector_switched_off_by_others_stays_off(fresh, monkeypatch):
    monkeypatch.setattr(deid, "_Annotator", lambda: object())
    gc.disable()
    deid.annotator()
    assert not gc.isenabled()
