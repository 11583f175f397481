"""dateline: turn a pile of news articles into a dated, sourced record of what happened."""

__version__ = "0.1.0"
