"""A cap on the size of a request body, enforced before any parsing.

A pure ASGI middleware: a declared Content-Length past the cap is refused at once, and
a body streamed without one (chunked) is counted as it arrives and refused as soon as
it passes the cap, so no route ever holds more than the cap in memory. A body within
the cap is handed on whole.
"""
from __future__ import annotations

import json


class BodyLimit:
    def __init__(self, app, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                await _refuse(send, 400, "the Content-Length header is not a number")
                return
            if size > self.max_bytes:
                await _refuse(send, 413, self._too_large())
                return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client has gone; there is no one to answer
            body += message.get("body", b"")
            if len(body) > self.max_bytes:
                await _refuse(send, 413, self._too_large())
                return
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(bytes(body), receive), send)

    def _too_large(self) -> str:
        return f"the request is larger than the limit of {self.max_bytes:,} bytes"


def _replay(body: bytes, receive):
    """A receive channel that gives the body read already, then the client's own messages."""
    sent = False

    async def replay():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _refuse(send, status: int, message: str) -> None:
    content = json.dumps({"detail": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": content})
