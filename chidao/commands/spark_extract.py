"""`chidao spark-extract`: extract an article archive on Spark into Parquet records."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer


class ArchiveFormat(StrEnum):
    jsonl = "jsonl"
    parquet = "parquet"


def spark_extract(
    input: Annotated[str, typer.Argument(
        help="Article archive: JSONL (.jsonl, .jsonl.gz) or Parquet; a file, folder or glob, local or "
             "on any file system Spark reads (hdfs://, s3a://).")],
    output: Annotated[str, typer.Argument(help="New folder for the chidao/extract@1 records (Parquet).")],
    master: Annotated[str | None, typer.Option(
        "--master", help="Spark master (default local[*]: every core of this machine).")] = None,
    input_format: Annotated[ArchiveFormat | None, typer.Option(
        "--format", help="Input format when the name does not say.")] = None,
    keep_all: Annotated[bool, typer.Option(
        "--all", help="Extract every article, not only those about security and order.")] = False,
    partitions: Annotated[int | None, typer.Option(
        "--partitions", min=1, help="Repartition the input into this many tasks.")] = None,
) -> None:
    """Extract the articles about security and order of a large archive on Apache Spark, in
    parallel, into Parquet records that `chidao ingest --parquet` stores; each record is what
    `chidao extract` prints for the article."""
    from chidao.spark.extract import run

    status = run(input, output, master, input_format.value if input_format else None, keep_all, partitions)
    if status:
        raise typer.Exit(status)
