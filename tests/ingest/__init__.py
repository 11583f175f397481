"""Tests of dateline.ingest: the input readers."""
