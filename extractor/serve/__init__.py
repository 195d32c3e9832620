"""``tradefacts serve``: a small local web service for the proof sheet and the JSON API.

``app`` makes the FastAPI application; ``limits`` caps the size of a request before
anything parses it; ``schema`` is the request model; ``analyse`` runs one article
through the extractor; the routers are ``page`` (the form and its proof sheet) and
``api`` (``POST /extract``, ``POST /check``). Nothing a request sends is kept: no file
is written and no body is logged.
"""
from extractor.serve.app import MAX_BODY_BYTES, create_app

__all__ = ["MAX_BODY_BYTES", "create_app"]
