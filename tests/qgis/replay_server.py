"""A local HTTP server that answers recorded requests, for tests of online fetching.

Run as ``python replay_server.py FOLDER``: FOLDER/index.json maps a request (path and query)
to a file in FOLDER; the server prints its port on the first line of its output and answers
those requests with the files (JSON), anything else with 404. The query is compared with its
parameters sorted and decoded, so an encoding difference does not matter. Runs as its own
process: a server thread in the test process would wait for Python while QGIS's blocking
request holds the main thread.
"""

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit


def request_key(target):
    """A request target (path?query) in a form where parameter order and encoding agree."""
    parts = urlsplit(target)
    return parts.path + "?" + urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))


def handler_for(folder):
    index = {request_key(key): name for key, name in
             json.loads((folder / "index.json").read_text(encoding="utf-8")).items()}

    class Replay(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            name = index.get(request_key(self.path))
            body = (folder / name).read_bytes() if name else b'{"code": "NotFound"}'
            self.send_response(200 if name else 404)
            self.send_header("Content-Type", "application/geo+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Replay


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(Path(sys.argv[1])))
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
