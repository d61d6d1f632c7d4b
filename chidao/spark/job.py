"""The Spark job behind `chidao spark-extract`: read an archive, extract it in parallel, write Parquet.

- `spark_session(master)`: the session to run in; an active one (spark-submit, a
  test's) is reused as it is.
- `read_articles(spark, source, input_format)`: an RDD of (payload, file) pairs
  from JSONL (plain or .gz; one JSON object per line) or Parquet (columns text or
  content, title, date, url, source or id; the date a string, a date or a
  timestamp, read as the day in Vietnam).
- `run_extract(spark, source, output)`: the whole job; `chidao.spark.partition`
  says what each task does and what the output rows hold. Returns the counts and
  the first errors. The output folder must not exist; a job that fails removes
  what it had written there (on the local file system).

Partitions of the input are cut at `PARTITION_BYTES` of input (about 4,000 reports
of 4 KB, some seconds of work for one core), or repartitioned to `partitions`.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from chidao.spark.partition import OUTPUT_COLUMNS, Article, extract_articles

PARTITION_BYTES = 16 * 1024 * 1024
VIETNAM_TIME = "Asia/Ho_Chi_Minh"
ERRORS_SHOWN = 20
_ARTICLE_COLUMNS = ("text", "content", "title", "date", "url", "source", "id")
_GLOBS = {"jsonl": "*.{jsonl,jsonl.gz}", "parquet": "*.parquet"}

OUTPUT_SCHEMA = T.StructType([
    T.StructField("id", T.StringType()),
    T.StructField("source", T.StringType()),
    T.StructField("title", T.StringType()),
    T.StructField("date", T.StringType()),
    T.StructField("schema", T.StringType()),
    T.StructField("record", T.StringType()),
    T.StructField("minhash", T.BinaryType()),
    T.StructField("bands", T.ArrayType(T.LongType(), containsNull=False)),
    T.StructField("error", T.StringType()),
])
assert tuple(OUTPUT_SCHEMA.names) == OUTPUT_COLUMNS


class JobError(Exception):
    """The job cannot start or did not finish: `chidao: WHERE: reason`."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")


@dataclass(slots=True)
class JobSummary:
    """What the job did: articles read (a usable text), relevant (written), skipped (not
    about security and order), failed (unreadable or not extracted), the CPU seconds its
    Python tasks spent, and the first failures as (source, reason)."""

    read: int = 0
    relevant: int = 0
    skipped: int = 0
    failed: int = 0
    cpu_seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)


def spark_session(master: str | None = None, ui: bool = True) -> SparkSession:
    """The active session, else a new one (`master` given, else local[*]) with quiet logs
    (and no web UI when `ui` is false).

    Python workers run this interpreter unless PYSPARK_PYTHON says otherwise, so a local
    job finds chidao where the command found it.
    """
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    log_config = resources.files("chidao.spark") / "log4j2.properties"
    builder = (SparkSession.builder.appName("chidao spark-extract")
               .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{log_config}")
               .config("spark.ui.enabled", str(ui).lower())
               .config("spark.ui.showConsoleProgress", str(sys.stderr.isatty()).lower()))
    if master or not os.environ.get("SPARK_HOME"):
        builder = builder.master(master or "local[*]")
    return builder.getOrCreate()


def detect_format(source: str) -> str:
    """"jsonl" or "parquet" from the path's suffix, or from the files a local folder holds."""
    name = source.rstrip("/").lower()
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith((".jsonl", ".jsonl.gz")):
        return "jsonl"
    path = _local_path(source)
    if path is not None and path.is_dir():
        if any(path.rglob(_GLOBS["parquet"])):
            return "parquet"
        if any(path.rglob("*.jsonl")) or any(path.rglob("*.jsonl.gz")):
            return "jsonl"
        raise JobError(source, "a folder with no .jsonl, .jsonl.gz or .parquet files")
    raise JobError(source, "not .jsonl, .jsonl.gz or .parquet (say which with --format)")


def read_articles(spark: SparkSession, source: str, input_format: str) -> Any:
    """An RDD of (payload, file) pairs: a JSONL line (str) or a Parquet row (dict)."""
    spark.conf.set("spark.sql.files.maxPartitionBytes", str(PARTITION_BYTES))
    reader = spark.read
    path = _local_path(source)
    if path is not None and path.is_dir():
        reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", _GLOBS[input_format])
    file_path = F.col("_metadata.file_path")
    if input_format == "jsonl":
        frame = reader.text(source).select(F.col("value"), file_path)
        return frame.rdd.map(lambda row: (row[0], _shown_path(row[1])))
    frame = reader.parquet(source)
    columns = [_as_text(frame, name) for name in _ARTICLE_COLUMNS if name in frame.columns]
    if not any(name in frame.columns for name in ("text", "content")):
        raise JobError(source, 'no "text" or "content" column')
    rows = frame.select(F.struct(*columns).alias("article"), file_path)
    return rows.rdd.map(lambda row: (row[0].asDict(), _shown_path(row[1])))


def _as_text(frame: DataFrame, name: str) -> Any:
    """A column as the JSONL reader would see it: dates and timestamps as ISO text (in
    Vietnam's time), numbers as they are (an id), text as text."""
    kind = frame.schema[name].dataType
    if isinstance(kind, T.TimestampType):
        return F.date_format(F.from_utc_timestamp(F.to_utc_timestamp(F.col(name), _session_zone(frame)),
                                                  VIETNAM_TIME), "yyyy-MM-dd").alias(name)
    if isinstance(kind, T.DateType | T.TimestampNTZType):
        return F.date_format(F.col(name), "yyyy-MM-dd").alias(name)
    return F.col(name)


def _session_zone(frame: DataFrame) -> str:
    return frame.sparkSession.conf.get("spark.sql.session.timeZone") or "UTC"


def _shown_path(uri: str) -> str:
    """A file URI as a person wrote the path ("file:///tmp/a.jsonl" -> "/tmp/a.jsonl")."""
    return uri[len("file:"):].replace("///", "/", 1) if uri.startswith("file:") else uri


def _local_path(source: str) -> Path | None:
    """The local path of `source`, or None for a URI of another file system (hdfs://, s3a://)."""
    scheme = urlparse(source).scheme
    if scheme in ("", "file") or len(scheme) == 1:  # a Windows drive letter is no scheme
        return Path(source[len("file://"):] if scheme == "file" else source)
    return None


def run_extract(spark: SparkSession, source: str, output: str, input_format: str | None = None,
                keep_all: bool = False, partitions: int | None = None) -> JobSummary:
    """Extract every article of `source` into Parquet at `output` (see the module docstring)."""
    local_output = _local_path(output)
    if local_output is not None and local_output.exists():
        raise JobError(output, "already exists (give a new folder, or remove it)")
    local_source = _local_path(source)
    if local_source is not None and not local_source.exists() and not any(c in source for c in "*?["):
        raise JobError(source, "no such file or folder")
    articles = read_articles(spark, source, input_format or detect_format(source))
    if partitions:
        articles = articles.repartition(partitions)
    context = spark.sparkContext
    accumulators = {name: context.accumulator(0) for name in ("read", "relevant", "skipped", "failed")}
    cpu = context.accumulator(0.0)

    def extract_partition(partition: Iterable[Article]) -> Iterator[tuple[Any, ...]]:
        counts: Counter[str] = Counter()
        started = time.process_time()
        yield from extract_articles(partition, keep_all, counts)
        cpu.add(time.process_time() - started)
        for name, accumulator in accumulators.items():
            accumulator.add(counts[name])

    rows = spark.createDataFrame(articles.mapPartitions(extract_partition), OUTPUT_SCHEMA)
    try:
        rows.write.mode("errorifexists").parquet(output)
    except Exception as exc:
        if local_output is not None and local_output.exists():
            shutil.rmtree(local_output, ignore_errors=True)
        raise JobError(output, f"the Spark job failed ({_first_line(exc)})") from exc
    summary = JobSummary(**{name: accumulator.value for name, accumulator in accumulators.items()},
                         cpu_seconds=cpu.value)
    if summary.failed:
        failures = spark.read.parquet(output).where(F.col("error").isNotNull())
        summary.errors = [(row.source, row.error) for row in
                          failures.select("source", "error").limit(ERRORS_SHOWN).collect()]
    return summary


def _first_line(exc: BaseException) -> str:
    """The first line that says something of a Spark error (Py4J wraps the Java one)."""
    for line in str(exc).splitlines():
        if line.strip() and not line.startswith(("An error occurred", "Traceback")):
            return f"{exc.__class__.__name__}: {line.strip()[:300]}"
    return exc.__class__.__name__
