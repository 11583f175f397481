"""Shared fixtures: paths to the workspace data, the sample corpus, and one loaded pipeline per session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
SEEDS = SHARED_DATA / "seeds"


def shared_data(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test cleanly when the workspace data is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/data not available ({path} missing)")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from dateline.nlp.pipeline import Pipeline

    p = Pipeline()
    _ = p.nlp
    return p


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    from dateline.cli.ingest import sample_corpus_path

    return sample_corpus_path()
