"""Fractions written in words, as percentages ("two-thirds of" = 66.67 %)."""

FRACTIONS = {
    "half": 50.0, "one-half": 50.0, "one half": 50.0, "a half": 50.0,
    "a third": 100 / 3, "one-third": 100 / 3, "one third": 100 / 3,
    "two-thirds": 200 / 3, "two thirds": 200 / 3,
    "a quarter": 25.0, "one-quarter": 25.0, "one quarter": 25.0,
    "three-quarters": 75.0, "three quarters": 75.0,
    "a fifth": 20.0, "one-fifth": 20.0, "two-fifths": 40.0, "three-fifths": 60.0,
    "four-fifths": 80.0, "a tenth": 10.0, "one-tenth": 10.0,
}

# Words before a figure that make it a bound or an approximation, not a point.
QUALIFIERS = (
    "more than", "less than", "just over", "just under", "at least", "at most", "close to",
    "up to", "as much as", "as little as", "nearly", "almost", "about", "around", "some",
    "roughly", "approximately", "over", "under", "below", "above", "only", "in excess of",
)

# How a qualifier bounds the figure it precedes, for the consistency checker.
LOWER_BOUND = {"more than", "over", "above", "at least", "just over", "in excess of"}
UPPER_BOUND = {"less than", "under", "below", "at most", "up to", "as much as", "just under"}
NEAR_BELOW = {"nearly", "almost", "close to"}
APPROXIMATE = {"about", "around", "some", "roughly", "approximately"}
