"""Extraction of a whole news archive on Apache Spark (`chidao spark-extract`).

- `partition`: what each task runs (plain Python: read, pre-filter, extract, sign).
- `job`: the Spark job (read JSONL or Parquet, mapPartitions, write Parquet).
- `extract`: the `spark-submit` / `python -m chidao.spark.extract` entry point.

Only `job` imports PySpark; `chidao ingest --parquet` reads the output without it.
"""
