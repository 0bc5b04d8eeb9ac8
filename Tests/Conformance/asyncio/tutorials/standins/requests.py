"""Stand-in for `requests`, used only to record CPython's behaviour for the tutorial programs.

looplab simulates `requests` itself (DESIGN §4, simulated I/O).  To let CPython judge order
and timing, this module answers from the network table named by the environment variable
LOOPLAB_NETWORK_TABLE (a JSON file, path relative to the program's directory) and charges
each URL's latency with time.sleep() when the response headers would arrive, i.e. before
get() returns.  The body is available at once.  A URL missing from the table is an error,
so every table lists all the URLs its program fetches.
"""

import json as _json
import os as _os
import time as _time

__version__ = "stand-in"


def _table():
    path = _os.environ.get("LOOPLAB_NETWORK_TABLE")
    if not path:
        raise RuntimeError("requests stand-in: LOOPLAB_NETWORK_TABLE is not set")
    with open(path, encoding="utf-8") as f:
        return _json.load(f)


def _entry(url):
    table = _table()
    if url not in table:
        raise RuntimeError(f"requests stand-in: {url} is not in the network table")
    e = table[url]
    return float(e.get("latency", 0.1)), int(e.get("status", 200)), e.get("body", "")


class Response:
    def __init__(self, url, status, body):
        self.url = url
        self.status_code = status
        self.text = body
        self.content = body.encode("utf-8")
        self.ok = status < 400
        self.encoding = "utf-8"

    def json(self):
        return _json.loads(self.text)

    def __repr__(self):
        return f"<Response [{self.status_code}]>"


def get(url, params=None, **kwargs):
    latency, status, body = _entry(url)
    _time.sleep(latency)
    return Response(url, status, body)
