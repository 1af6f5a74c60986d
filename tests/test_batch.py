"""Extraction engines: worker processes and a Dask cluster give the local run's facts, fact for fact."""

from __future__ import annotations

import pytest

from pipeline import run
from pipeline.batch import shards
from pipeline.config import Config

from .conftest import CORPUS_ARTICLES, SEEDS

PATHS = [str(SEEDS), str(CORPUS_ARTICLES)]


@pytest.fixture(scope="module")
def local():
    return run(PATHS, config=Config(batch_size=4))


def test_batch_shards_cover_everything_once():
    assert [len(s) for s in shards(range(10), 4)] == [4, 4, 2]


def test_batch_workers_match_the_local_run(local):
    parallel = run(PATHS, config=Config(batch_size=4, workers=2))
    assert parallel.facts.model_dump_json() == local.facts.model_dump_json()


def test_batch_dask_local_cluster_matches_the_local_run(local):
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = run(PATHS, config=Config(batch_size=4, engine="dask", scheduler=cluster.scheduler_address))
    assert result.stats["extracted"] == local.stats["extracted"]
    assert result.facts.model_dump_json() == local.facts.model_dump_json()


def test_batch_unreachable_scheduler_is_a_clear_error():
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from pipeline.errors import PipelineError

    with pytest.raises(PipelineError, match="cannot reach the Dask scheduler"):
        run([str(SEEDS)], config=Config(engine="dask", scheduler="tcp://127.0.0.1:9"))
