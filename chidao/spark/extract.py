"""The `spark-submit` entry point of the archive extraction, and its report to the user.

    spark-submit --master yarn "$(python -c 'import chidao.spark.extract as m; print(m.__file__)')" \\
        hdfs:///news/2024/ hdfs:///chidao/2024-records/
    python -m chidao.spark.extract articles.jsonl records/ --master 'local[4]'

Both run `chidao.spark.job.run_extract` (what `chidao spark-extract` runs): under
spark-submit the session spark-submit set up is used as it is. `main(argv)` returns
the exit status: 0, or 1 when an article failed or the job could not run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from importlib.util import find_spec

from chidao.spark.partition import OUTPUT_COLUMNS
from chidao.text.numbers import format_number

MIN_JAVA = 17
_JAVA_VERSION = re.compile(r'version "(?:1\.)?(\d+)')


def missing_requirement() -> str | None:
    """Why Spark cannot run here (no PySpark, no Java 17 or later), or None."""
    if find_spec("pyspark") is None:
        return "spark-extract needs PySpark: pip install 'chidao[spark]'"
    version = java_version()
    if version is None or version < MIN_JAVA:
        found = f"Java {version} found" if version else "no Java found"
        return (f"spark-extract needs Java {MIN_JAVA} or later ({found}; "
                "Debian: apt-get install openjdk-17-jre-headless)")
    return None


def java_version() -> int | None:
    """The major version of the Java that PySpark starts ($JAVA_HOME/bin/java, else java on
    the PATH), or None when there is none."""
    home = os.environ.get("JAVA_HOME")
    java = shutil.which("java", path=os.path.join(home, "bin")) if home else shutil.which("java")
    if java is None:
        return None
    try:
        shown = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30).stderr
    except (OSError, subprocess.SubprocessError):
        return None
    found = _JAVA_VERSION.search(shown)
    return int(found.group(1)) if found else None


def summary_line(read: int, relevant: int, skipped: int, failed: int, output: str) -> str:
    """"Đọc 2.400, về an ninh trật tự 2.000, bỏ qua 400, lỗi 1: OUTPUT", numbers as written in
    Vietnamese."""
    return (f"Đọc {format_number(read)}, về an ninh trật tự {format_number(relevant)}, "
            f"bỏ qua {format_number(skipped)}, lỗi {format_number(failed)}: {output}")


def run(source: str, output: str, master: str | None = None, input_format: str | None = None,
        keep_all: bool = False, partitions: int | None = None) -> int:
    """Run the job and tell the user: failures on stderr (`chidao: SOURCE: reason`), the counts
    on stdout. Returns the exit status."""
    problem = missing_requirement()
    if problem:
        print(f"chidao: {problem}", file=sys.stderr)
        return 1
    from chidao.spark.job import JobError, run_extract, spark_session

    try:
        summary = run_extract(spark_session(master), source, output, input_format, keep_all, partitions)
    except JobError as exc:
        print(f"chidao: {exc}", file=sys.stderr)
        return 1
    for where, reason in summary.errors:
        print(f"chidao: {where}: {reason}", file=sys.stderr)
    if summary.failed > len(summary.errors):
        print(f"chidao: {output}: {summary.failed - len(summary.errors)} more failures "
              f"(rows with an error, column {OUTPUT_COLUMNS[-1]!r})", file=sys.stderr)
    print(summary_line(summary.read, summary.relevant, summary.skipped, summary.failed, output))
    return 1 if summary.failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="chidao.spark.extract",
        description="Extract the reports about security and order of an article archive on Spark.")
    parser.add_argument("input", help="JSONL (.jsonl, .jsonl.gz) or Parquet file, folder or glob")
    parser.add_argument("output", help="new folder for the chidao/extract@1 records (Parquet)")
    parser.add_argument("--master", help="Spark master when not under spark-submit (default local[*])")
    parser.add_argument("--format", choices=("jsonl", "parquet"), dest="input_format",
                        help="input format when the name does not say")
    parser.add_argument("--all", action="store_true", dest="keep_all",
                        help="extract every article, not only those about security and order")
    parser.add_argument("--partitions", type=int, help="repartition the input into this many tasks")
    args = parser.parse_args(argv)
    return run(args.input, args.output, args.master, args.input_format, args.keep_all, args.partitions)


if __name__ == "__main__":
    sys.exit(main())
