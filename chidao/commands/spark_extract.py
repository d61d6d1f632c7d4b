"""`chidao spark-extract`: extract an article archive on Spark into Parquet records."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer


class ArchiveFormat(StrEnum):
    jsonl = "jsonl"
    parquet = "parquet"


def spark_extract(
    input: Annotated[str, typer.Argument(metavar="INPUT",
        help="Kho bài báo: JSONL (.jsonl, .jsonl.gz) hoặc Parquet; một tệp, thư mục hoặc mẫu tên tệp "
             "(glob), trên máy này hoặc trên hệ thống tệp Spark đọc được (hdfs://, s3a://).")],
    output: Annotated[str, typer.Argument(metavar="OUTPUT", help="Thư mục mới để ghi các bản ghi "
        "chidao/extract@1 (Parquet).")],
    master: Annotated[str | None, typer.Option(
        "--master", help="Spark master (mặc định local[*]: mọi lõi CPU của máy này).")] = None,
    input_format: Annotated[ArchiveFormat | None, typer.Option(
        "--format", help="Định dạng đầu vào khi tên tệp không cho biết.")] = None,
    keep_all: Annotated[bool, typer.Option(
        "--all", help="Trích xuất mọi bài, không chỉ các bài về an ninh, trật tự.")] = False,
    partitions: Annotated[int | None, typer.Option(
        "--partitions", min=1, help="Chia lại đầu vào thành chừng này phần việc.")] = None,
) -> None:
    """Trích xuất song song trên Apache Spark các bài về an ninh, trật tự của một kho bài báo lớn,
    thành bản ghi Parquet để `chidao ingest --parquet` lưu vào kho; mỗi bản ghi là những gì
    `chidao extract` in ra cho bài đó."""
    from chidao.spark.extract import run

    status = run(input, output, master, input_format.value if input_format else None, keep_all, partitions)
    if status:
        raise typer.Exit(status)
