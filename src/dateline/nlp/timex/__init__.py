"""The temporal tagger: find time expressions and normalize them to TIMEX3 (rules are data files)."""

from dateline.nlp.timex.tagger import tag
from dateline.nlp.timex.values import TIMEX3_VALUE, interval, is_timex3_value

__all__ = ["TIMEX3_VALUE", "interval", "is_timex3_value", "tag"]
