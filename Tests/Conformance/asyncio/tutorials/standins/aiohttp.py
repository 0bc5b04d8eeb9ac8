"""Stand-in for `aiohttp`, used only to record CPython's behaviour for the tutorial programs.

Answers from the JSON network table named by LOOPLAB_NETWORK_TABLE (path relative to the
program's directory).  Cost model, which looplab's simulated aiohttp must match for the
recordings to apply: entering `session.get(url)` (or awaiting it) suspends exactly once, in
`await asyncio.sleep(latency)` (the response headers arrive); `text()`, `read()` and
`json()` return without suspending; creating, entering and leaving a ClientSession or a
response never suspends.
"""

import asyncio as _asyncio
import json as _json
import os as _os

__version__ = "stand-in"


def _entry(url):
    path = _os.environ.get("LOOPLAB_NETWORK_TABLE")
    if not path:
        raise RuntimeError("aiohttp stand-in: LOOPLAB_NETWORK_TABLE is not set")
    with open(path, encoding="utf-8") as f:
        table = _json.load(f)
    if url not in table:
        raise RuntimeError(f"aiohttp stand-in: {url} is not in the network table")
    e = table[url]
    return float(e.get("latency", 0.1)), int(e.get("status", 200)), e.get("body", "")


class TCPConnector:
    def __init__(self, *args, **kwargs):
        self.kwargs = kwargs


class ClientResponse:
    def __init__(self, url, status, body):
        self.url = url
        self.status = status
        self._body = body

    async def text(self, encoding=None):
        return self._body

    async def read(self):
        return self._body.encode("utf-8")

    async def json(self, **kwargs):
        return _json.loads(self._body)

    def release(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


class _RequestContextManager:
    def __init__(self, url):
        self._url = url
        self._resp = None

    async def _send(self):
        latency, status, body = _entry(self._url)
        await _asyncio.sleep(latency)
        self._resp = ClientResponse(self._url, status, body)
        return self._resp

    def __await__(self):
        return self._send().__await__()

    async def __aenter__(self):
        return await self._send()

    async def __aexit__(self, *exc):
        return None


class ClientSession:
    def __init__(self, *args, headers=None, connector=None, **kwargs):
        self.headers = headers or {}
        self.connector = connector
        self.closed = False

    def get(self, url, **kwargs):
        return _RequestContextManager(url)

    async def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.closed = True
        return None
