"""Fetching open data (PDOK's OGC API, CBS OData) through QGIS's network manager.

Requests go through :class:`QgsBlockingNetworkRequest`, so they use the proxy, SSL and
authentication settings of the user's QGIS, show in QGIS's network log, report progress and
stop when the run is canceled. A response that is not JSON, an HTTP error or no connection
ends in one sentence that says what to download instead.

``HOSTS`` holds the servers; a test points them at a local server that replays recorded
responses, and links inside a response (a next page) are moved onto the same server.
"""

import json
from urllib.parse import urlencode

from qgis.core import QgsBlockingNetworkRequest, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

# The official servers, and where requests for them go (the same, unless a test moves them).
OFFICIAL_HOSTS = {"pdok": "https://api.pdok.nl", "cbs_police": "https://dataderden.cbs.nl",
                  "cbs": "https://opendata.cbs.nl"}
HOSTS = dict(OFFICIAL_HOSTS)
PDOK_PATH = "/cbs/wijken-en-buurten-{year}/ogc/v1/collections/{collection}/items"
RD_CRS_URI = "http://www.opengis.net/def/crs/EPSG/0/28992"
MAX_PAGES = 200  # a safety stop: a municipality's buurten fit in a few pages


def _tr(text):
    return QCoreApplication.translate("OpenDataNet", text)


def served(url):
    """``url`` on the server HOSTS names for its official host (unchanged normally)."""
    for key, official in OFFICIAL_HOSTS.items():
        if url.startswith(official) and HOSTS[key] != official:
            return HOSTS[key] + url[len(official):]
    return url


def fetch_bytes(url, feedback=None):
    """The body of a GET of ``url``; a QgsProcessingException with the reason on failure."""
    request = QNetworkRequest(QUrl(served(url)))
    request.setRawHeader(b"Accept", b"application/json, application/geo+json")
    blocking = QgsBlockingNetworkRequest()
    if feedback is not None:
        blocking.downloadProgress.connect(
            lambda done, total: feedback.setProgress(100.0 * done / total) if total > 0
            else None)
    error = blocking.get(request, True, feedback)
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(
            QCoreApplication.translate("WijkradarAlgorithm", "Canceled by the user."))
    if error != QgsBlockingNetworkRequest.ErrorCode.NoError:
        raise QgsProcessingException(_tr(
            "Could not fetch {}: {}. Check the internet connection (and QGIS's proxy "
            "settings), or download the file and choose it instead.").format(
            url, blocking.errorMessage()))
    return bytes(blocking.reply().content())


def fetch_json(url, feedback=None):
    """The JSON object at ``url``."""
    body = fetch_bytes(url, feedback)
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise QgsProcessingException(_tr(
            "The answer from {} is not JSON ({}); the service may be down or moved.").format(
            url, error)) from error


def pdok_url(year, collection, **params):
    """The OGC API items URL of a collection of CBS Wijken en Buurten ``year`` (parameters
    sorted, so the same request is always the same URL)."""
    path = PDOK_PATH.format(year=int(year), collection=collection)
    return OFFICIAL_HOSTS["pdok"] + path + "?" + urlencode(sorted(params.items()))


def next_page(page):
    """The link to the next page of an OGC API answer (``rel: next``), or None."""
    return next((link.get("href") for link in page.get("links", [])
                 if link.get("rel") == "next" and link.get("href")), None)


def pdok_features(year, collection, feedback=None, **params):
    """Every GeoJSON feature of a PDOK collection query, page after page, in RD New."""
    url = pdok_url(year, collection, crs=RD_CRS_URI, f="json", limit="1000", **params)
    features, pages = [], 0
    while url and pages < MAX_PAGES:
        if feedback is not None:
            feedback.pushInfo(_tr("Fetching {}").format(url))
        page = fetch_json(url, feedback)
        if not isinstance(page.get("features"), list):
            raise QgsProcessingException(_tr(
                "PDOK's answer holds no features (is there an OGC API for {}?): {}").format(
                year, str(page)[:200]))
        features += page["features"]
        url, pages = next_page(page), pages + 1
    return features


def odata_remaining(first_link, feedback=None):
    """The OData pages from ``first_link`` on, following 'odata.nextLink'."""
    from ..core.cbs_tables import next_link

    pages, url = [], first_link
    while url and len(pages) < MAX_PAGES:
        if feedback is not None:
            feedback.pushInfo(_tr("Fetching {}").format(url))
        page = fetch_json(url, feedback)
        pages.append(page)
        url = next_link(page)
    return pages
