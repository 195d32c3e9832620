"""The API's request: one article, shaped like a line of a JSON-lines dump.

The answer is ``models.ArticleResult``, one line of ``tradefacts extract``.
"""
from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator

from extractor.extraction import ArticleError, parse_published
from extractor.limits import MAX_TEXT_CHARS


class ArticleRequest(BaseModel):
    """An article to extract and check: ``text``, and optionally ``published``, ``id``, ``title``.

    Other fields a dump's line may carry are ignored, so a line can be sent as it is.
    """

    model_config = ConfigDict(extra="ignore", json_schema_extra={
        "examples": [{"id": "kenya-uae", "published": "2024-03-25",
                      "text": "Kenya's exports to the UAE rose 12% to $1.2 billion in 2023."}]})

    text: str = Field(..., description="the article's text", max_length=MAX_TEXT_CHARS)
    published: date | None = Field(None, description="publication date, YYYY-MM-DD (a datetime is cut to its date); "
                                   "relative periods such as 'last year' need it")
    id: str | None = Field(None, description="the article's id, echoed in the result [default: article]")
    title: str | None = Field(None, description="the headline, which can name the story's economy")

    @field_validator("published", mode="before")
    @classmethod
    def _date(cls, value):
        try:
            return parse_published(value)
        except ArticleError as exc:
            raise ValueError(str(exc)) from None

    @field_validator("id", mode="before")
    @classmethod
    def _id(cls, value):
        # Dumps carry numeric ids too; the command reads them as text, and so does the API.
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value
