"""deduce's Dutch name and street lists for the dock's privacy gate, loaded in the background.

The gate looks for names and addresses in values with the optional library deduce, whose
lists take about 2 s to load once per QGIS session (1-2 minutes the very first time, while deduce
builds its cache). Loaded by the first scan on the interface thread, they froze QGIS that long.
The dock starts loading them in QGIS's task manager when it opens (importing deduce happens
there too); a check that needs them earlier waits with Qt's event loop running, so QGIS keeps
drawing and answering clicks, and then scans as before, with the lists already in memory.
Without deduce the task finds that out and ends at once: the scan uses its pattern rules.
"""

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop

from ..core import deid


def load_lists(_task):
    """In a background task: import deduce and load its lists when it is installed; what went
    wrong is returned, never raised. (Raised, QGIS's task wrapper keeps the exception, whose
    traceback holds the wrapper itself: that cycle was freed after QGIS had deleted the task
    and crashed QGIS 3.40 on exit.)"""
    try:
        if deid.available():
            deid.annotator()
    except Exception as error:  # noqa: BLE001 (said by the dock, tried again on the next load)
        return RuntimeError(str(error) or type(error).__name__)
    return None


class NameLists:
    """The loading of deduce's lists: ``start()`` in the background, ``wait()`` for it.

    ``ready`` is True once the lists are in memory or deduce is known to be absent; ``error``
    is what the last load raised (the next ``start()`` tries again); ``on_done()`` is called
    on the interface thread whenever a load ends."""

    def __init__(self, on_done=None):
        self.on_done = on_done
        self.ready = deid.is_loaded()
        self.error = None
        self.task = None  # QGIS holds a task by pointer only: keep it alive while it runs
        self.loops = []   # event loops waiting for the load

    @property
    def loading(self):
        return self.task is not None

    def start(self):
        """Starts loading in the background unless the lists are in or on their way."""
        if self.ready or self.loading:
            return
        self.error = None
        self.task = QgsTask.fromFunction(QCoreApplication.translate(
            "NameLists", "Wijkradar: loading deduce's Dutch name and street lists"),
            load_lists, on_finished=self.finished)
        QgsApplication.taskManager().addTask(self.task)

    def finished(self, error, failure=None):
        """The task has ended (on the interface thread): ``failure`` is what the load
        returned as going wrong, ``error`` what QGIS caught (not expected)."""
        self.task = None
        error = failure or error
        # A load canceled from QGIS's task list still completes: the lists count when in.
        self.ready = error is None or deid.is_loaded()
        self.error = None if self.ready else error
        for loop in self.loops:
            loop.quit()
        if self.on_done is not None:
            self.on_done()

    def wait(self):
        """Returns once the lists are in (or deduce is absent), the event loop running
        meanwhile; raises what the load raised."""
        self.start()
        if self.loading:
            loop = QEventLoop()
            self.loops.append(loop)
            try:
                loop.exec()
            finally:
                self.loops.remove(loop)
        if self.error is not None:
            raise self.error
