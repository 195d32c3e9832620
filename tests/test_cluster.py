"""The Dask engine on a LocalCluster of two worker processes: the same facts as one process."""
import json
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the Dask engine needs dask[distributed] (pip install -e '.[dask]')")

from distributed import Client, LocalCluster  # noqa: E402

from extractor.cluster import collect, extract_on_dask  # noqa: E402
from extractor.extraction import extract_many  # noqa: E402
from extractor.inputs import read_inputs  # noqa: E402
from extractor.store import Database  # noqa: E402
from tests.conftest import FIXTURES, shared_path  # noqa: E402

INPUTS = [str(FIXTURES / "articles.jsonl"), str(FIXTURES / "check_articles.jsonl")]


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


def _single_process(inputs: list[str]) -> list[str]:
    return [r.model_dump_json() + "\n" for r in extract_many(read_inputs(inputs))]


def test_shards_reassemble_to_the_single_process_output(client, tmp_path: Path):
    out = tmp_path / "shards"
    summary = extract_on_dask(INPUTS, client=client, out_dir=out, shard_size=20)
    expected = _single_process(INPUTS)
    assert summary.shards == len(list(out.glob("shard-*.jsonl"))) == -(-len(expected) // 20) > 2
    assert not summary.failed and summary.articles == len(expected)
    assert list(collect(out)) == expected


def test_a_failed_shard_is_rerun_alone(client, tmp_path: Path):
    out = tmp_path / "shards"
    extract_on_dask(INPUTS, client=client, out_dir=out, shard_size=20)
    complete = list(collect(out))
    (out / "shard-00002.jsonl").unlink()  # as if its task had failed
    summary = extract_on_dask(INPUTS, client=client, out_dir=out, shard_size=20, resume=True)
    assert summary.skipped == summary.shards - 1 and summary.articles == 20
    assert list(collect(out)) == complete


def test_the_database_load_stays_idempotent(client, tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'facts.db'}"
    extract_on_dask(INPUTS, client=client, db_url=url, shard_size=20)
    db = Database(url)
    first = db.counts()
    extract_on_dask(INPUTS, client=client, db_url=url, shard_size=20)
    assert db.counts() == first
    expected = [json.loads(line) for line in _single_process(INPUTS)]
    assert first["articles"] == len(expected) and first["facts"] == sum(len(r["facts"]) for r in expected)
    db.close()


def test_dev_trade_articles_are_identical_on_the_cluster(client, tmp_path: Path):
    dump = str(shared_path("corpus", "reuters-trade-dev.jsonl"))
    out = tmp_path / "shards"
    summary = extract_on_dask([dump], client=client, out_dir=out, shard_size=100)
    assert summary.shards == 4 and not summary.failed
    assert list(collect(out)) == _single_process([dump])


def test_the_command_runs_on_the_cluster(client, tmp_path: Path):
    from typer.testing import CliRunner

    from extractor.cli import app

    out = tmp_path / "shards"
    result = CliRunner().invoke(app, ["extract", *INPUTS, "--engine", "dask", "--scheduler",
                                      client.scheduler.address, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 shards" in result.output and list(collect(out)) == _single_process(INPUTS)
    bad = CliRunner().invoke(app, ["extract", *INPUTS, "--engine", "dask", "--scheduler", client.scheduler.address])
    assert bad.exit_code == 2 and "-o DIR" in bad.output
