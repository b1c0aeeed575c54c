#!/usr/bin/env python3
"""newsfacts on Spark: JSON Lines in, each partition piped through
`newsfacts -q --jobs 1 --input jsonl -f ndjson` with RDD.pipe, NDJSON out (OUT/ndjson/part-*), and
Parquet with the record fields as columns (OUT/parquet/).

On a cluster (Node 20 and newsfacts on every executor: `npm install -g newsfacts`):

    spark-submit --master spark://master:7077 --conf spark.executor.cores=1 --py-files examples/newsfacts_pipe.py \\
        examples/spark/newsfacts_spark.py 'hdfs:///news/*.jsonl' hdfs:///facts --newsfacts newsfacts

Locally, where pyspark is installed: python3 examples/spark/newsfacts_spark.py --master 'local[2]' IN OUT
Give every line an id: a line without one is named by its line number within its partition.
Documents newsfacts cannot read (a line that is not JSON, say) are reported on the executors'
stderr and left out; any other failure of newsfacts fails the job.
"""
import argparse
import os
import shlex
import sys

from pyspark.sql import SparkSession

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from newsfacts_pipe import NEWSFACTS_ARGS, newsfacts_command, parse_with_tail  # noqa: E402


def pipe_command(newsfacts, extra):
    """newsfacts under sh: exit 1 (some documents failed, or an empty partition) is not a failure of
    the partition; anything above it is, and checkCode then fails the task."""
    inner = shlex.join(newsfacts + NEWSFACTS_ARGS + extra) + '; test $? -le 1'
    return shlex.join(['sh', '-c', inner])


def parse_args(argv):
    parser = argparse.ArgumentParser(description='newsfacts over JSON Lines with Spark RDD.pipe', epilog='newsfacts options go after --')
    parser.add_argument('input', help='JSON Lines: a path, glob or URL Spark reads (hdfs://, s3a://, file://)')
    parser.add_argument('out', help='output folder: OUT/ndjson and OUT/parquet')
    parser.add_argument('--master', help="for a run without spark-submit, e.g. 'local[2]'")
    parser.add_argument('--partitions', type=int, help='at least this many partitions (default: Spark\'s)')
    parser.add_argument('--newsfacts', help='the newsfacts command on the executors (default: newsfacts on PATH, else node bin/newsfacts.js)')
    parser.add_argument('--no-parquet', dest='parquet', action='store_false', help='NDJSON only')
    return parse_with_tail(parser, argv)


def main(argv):
    args = parse_args(argv)
    builder = SparkSession.builder.appName('newsfacts')
    spark = (builder.master(args.master) if args.master else builder).getOrCreate()
    newsfacts = newsfacts_command(args.newsfacts)
    lines = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
    records = lines.pipe(pipe_command(newsfacts, args.extra), checkCode=True).filter(bool).cache()
    records.saveAsTextFile(f'{args.out.rstrip("/")}/ndjson')
    if args.parquet:
        spark.read.json(records).write.parquet(f'{args.out.rstrip("/")}/parquet')
    print(f'newsfacts-spark: {records.count()} records in {args.out}', file=sys.stderr)
    spark.stop()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
