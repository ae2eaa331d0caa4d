"""Scale: --workers and Dask runs give exactly the single-process output; partitions, retries, resuming."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from store_helpers import fakes_rows, write_jsonl
from wardesk.cli import app
from wardesk.ingest import CsvColumns, IngestFailure, read_inputs
from wardesk.scale.partitions import (
    PartitionChanged,
    PartitionSpec,
    ReadOptions,
    plan_partitions,
    read_partition,
    sidecar_for,
)

runner = CliRunner()


def _fakes_jsonl(path: Path, n: int) -> Path:
    """The first ``n`` FA-KES articles as JSONL records (FA-KES text, as the task allows)."""
    return write_jsonl(
        path,
        [
            {
                "id": r["unit_id"],
                "title": r["article_title"],
                "source": r["source"],
                "text": r["article_content"],
            }
            for r in fakes_rows(n)
        ],
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, str]:
    """12 FA-KES articles and the single-process ``wardesk extract`` output over them."""
    folder = tmp_path_factory.mktemp("scale")
    src = _fakes_jsonl(folder / "fakes12.jsonl", 12)
    out = folder / "one.jsonl"
    res = runner.invoke(app, ["extract", str(src), "-o", str(out), "--no-progress"])
    assert res.exit_code == 0, res.output
    return src, out.read_text(encoding="utf-8")


# --- partitions (no cluster) -----------------------------------------------------------------


def _items(items) -> list[str]:
    return [str(i) if isinstance(i, IngestFailure) else i.model_dump_json() for i in items]


def _write_mixed_jsonl(path: Path) -> Path:
    lines = [
        json.dumps({"id": f"a{i}", "text": f"Shelling hit the town of Kafr Nabl on day {i}."})
        for i in range(7)
    ]
    lines.insert(3, "{not json")
    lines.insert(5, "")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("size", [1, 2, 3, 100])
def test_scale_partitions_jsonl_read_back_as_whole(tmp_path, size):
    src = _write_mixed_jsonl(tmp_path / "mixed.jsonl")
    specs = list(plan_partitions([str(src)], size=size))
    assert all(isinstance(s, PartitionSpec) and s.kind == "jsonl" for s in specs)
    assert [s.index for s in specs] == list(range(len(specs)))
    got = [x for s in specs for x in _items(read_partition(s))]
    assert got == _items(read_inputs([str(src)]))  # same articles, same failure names (file:line)
    assert any(":4: [E103]" in g for g in got)


@pytest.mark.parametrize("size", [1, 4])
def test_scale_partitions_csv_folder_parquet_read_back_as_whole(tmp_path, size):
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"t{i}.txt").write_text(
            f"An air strike hit a school in Idlib on day {i}.", encoding="utf-8"
        )
    rows = [{"id": f"c{i}", "text": f"Clashes broke out in Daraa, row {i}."} for i in range(5)]
    with (folder / "x.csv").open("w", encoding="utf-8") as fh:
        fh.write("id,text\n" + "".join(f'{r["id"]},"{r["text"]}"\n' for r in rows))
    src = [str(folder)]
    specs = list(plan_partitions(src, ReadOptions(CsvColumns()), size=size))
    assert {s.kind for s in specs} == {"files", "csv"}
    got = [x for s in specs for x in _items(read_partition(s))]
    assert got == _items(read_inputs(src))

    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "x.parquet", row_group_size=2)
    specs = list(plan_partitions([str(tmp_path / "x.parquet")], size=size))
    assert all(s.kind == "parquet" for s in specs)
    arts = [a for s in specs for a in read_partition(s)]
    assert [(a.id, a.text) for a in arts] == [(r["id"], r["text"]) for r in rows]


def test_scale_partitions_changed_file_raises_and_key_follows_options(tmp_path):
    src = _write_mixed_jsonl(tmp_path / "mixed.jsonl")
    (spec,) = plan_partitions([str(src)])
    assert spec.key(ReadOptions()) != spec.key(ReadOptions(published="2016-05-01"))
    src.write_text(src.read_text() + '{"id": "late", "text": "A late line."}\n', encoding="utf-8")
    with pytest.raises(PartitionChanged):
        list(read_partition(spec))


# --- local workers ---------------------------------------------------------------------------


def test_scale_workers_two_equal_one(tmp_path):
    src = _fakes_jsonl(tmp_path / "fakes20.jsonl", 20)
    outs = {}
    for n in ("1", "2"):
        out = tmp_path / f"w{n}.jsonl"
        res = runner.invoke(app, ["extract", str(src), "-o", str(out), "--no-progress", "--workers", n])
        assert res.exit_code == 0, res.output
        outs[n] = out.read_bytes()
    assert outs["1"] == outs["2"] and outs["1"].count(b"\n") == 20


def test_scale_ingest_workers_and_dask_store_the_same(tmp_path, client):
    from rich.console import Console

    from wardesk.scale.dask import ClusterPipeline
    from wardesk.scale.ingest import run_ingest_with
    from wardesk.store import Store

    src = _fakes_jsonl(tmp_path / "fakes6.jsonl", 6)
    stored = {}
    for n in ("1", "2", "dask"):
        db = str(tmp_path / f"w{n}.db")
        if n == "dask":  # the cluster extracts, this process writes in one transaction
            stats = run_ingest_with(
                ClusterPipeline(client),
                [str(src)],
                db=db,
                allow_private=False,
                watch=None,
                columns=None,
                published=None,
                console=Console(stderr=True),
                show_progress=False,
                batch_articles=500,
            )
            assert (stats.read, stats.new, stats.failed) == (6, 6, 0)
        else:
            res = runner.invoke(app, ["ingest", str(src), "--db", db, "--no-progress", "--workers", n])
            assert res.exit_code == 0, res.output
            assert "read 6, new 6" in res.output
        with Store(db) as store, store.engine.connect() as conn:
            rows = conn.exec_driver_sql("select * from events order by 1").fetchall()
        stored[n] = [tuple(v for v in r if not hasattr(v, "isoformat") or len(str(v)) <= 10) for r in rows]
    assert stored["1"] == stored["2"] == stored["dask"] and stored["1"]


# --- Dask LocalCluster ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client():
    from wardesk.scale.dask import dask_client

    with dask_client("local") as c:
        yield c


def _run(client, src: Path, out: Path, fmt: str = "jsonl"):
    from wardesk.scale.dask import run_extract

    return run_extract(client, [str(src)], output=out, fmt=fmt, size=3)


def test_scale_dask_local_equals_single_process(client, corpus, tmp_path):
    src, expected = corpus
    out = tmp_path / "dask.jsonl"
    summary = _run(client, src, out)
    assert summary.ok and (summary.partitions, summary.computed) == (4, 4)
    assert out.read_text(encoding="utf-8") == expected

    # Parquet: one file per partition, one row per event, the event's record in "record"
    import pyarrow.parquet as pq

    summary = _run(client, src, tmp_path / "pq", fmt="parquet")
    assert summary.ok
    files = sorted((tmp_path / "pq").glob("part-*.parquet"))
    assert len(files) == 4
    rows = [r for f in files for r in pq.read_table(f).to_pylist()]
    want = [json.loads(line) for line in expected.splitlines()]
    got_events = [json.loads(r["record"]) for r in rows if r["record"] is not None]
    assert got_events == [e for rec in want for e in rec["events"]]
    assert [r["article_id"] for r in rows if r["ordinal"] in (0, None)] == [rec["article_id"] for rec in want]


def test_scale_dask_failed_partition_retried_reported_then_rerun_skips(client, corpus, tmp_path, monkeypatch):
    src, expected = corpus
    out = tmp_path / "dask.jsonl"
    lines = expected.splitlines(keepends=True)

    # partition 1 raises on every attempt: retried once, then reported; the others finish
    monkeypatch.setenv("WARDESK_SCALE_FAIL_PARTITIONS", "1")
    summary = _run(client, src, out)
    assert summary.retried == 1 and summary.computed == 3
    (reason,) = summary.failed_partitions
    assert "partition 1" in reason and "failed 2 times" in reason and "InjectedFailure" in reason
    assert out.read_text(encoding="utf-8") == "".join(lines[:3] + lines[6:])

    # the rerun computes only partition 1 and writes everything once, in order
    monkeypatch.delenv("WARDESK_SCALE_FAIL_PARTITIONS")
    summary = _run(client, src, out)
    assert summary.ok and (summary.computed, summary.reused) == (1, 3)
    assert out.read_text(encoding="utf-8") == expected

    # an interrupted run (partition 2's marker never written): only it is redone
    (sidecar_for(out) / "part-00002.done").unlink()
    out.unlink()
    monkeypatch.setenv("WARDESK_SCALE_FAIL_PARTITIONS", "2:1")  # fails once, the retry succeeds
    summary = _run(client, src, out)
    assert summary.ok and (summary.computed, summary.reused, summary.retried) == (1, 3, 1)
    assert out.read_text(encoding="utf-8") == expected


def test_child_pipeline_gives_the_pipelines_output_and_survives_a_killed_child(tmp_path):
    import os
    import signal

    from wardesk.flows.extract import Pipeline
    from wardesk.record import Article
    from wardesk.scale.child import ChildDied, ChildPipeline

    arts = [
        Article(id=r["unit_id"], title=r["article_title"], text=r["article_content"], published=None)
        for r in fakes_rows(6)
    ]
    direct = [out.model_dump() for out in Pipeline().run_many(arts)]
    child = ChildPipeline(chunk=4)
    try:
        assert [out.model_dump() for out in child.run_many(arts)] == direct
        pid = child.warm()
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        assert [out.model_dump() for out in child.run_many(arts[:2])] == direct[:2]  # a new child
        assert child.warm() != pid
        child._proc.stdin.close()  # the pipe breaks under a running worker
        with pytest.raises(ChildDied):
            child.run_packed(arts[:1])
    finally:
        child.close()
