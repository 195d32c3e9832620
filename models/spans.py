"""Character spans: where in the article's text something was said."""
from pydantic import BaseModel, ConfigDict, model_validator


class Span(BaseModel):
    """A half-open character range ``[start, end)`` of the article's text."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int

    @model_validator(mode="after")
    def _ordered(self):
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")
        return self
