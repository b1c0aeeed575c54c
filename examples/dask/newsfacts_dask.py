#!/usr/bin/env python3
"""newsfacts on Dask distributed.

JSON Lines in (local files, globs, or any fsspec URL), each partition piped through
`newsfacts -q --jobs 1 --input jsonl -f ndjson`, NDJSON out, and Parquet with the record fields as
columns where pyarrow imports. One partition is one newsfacts process on one worker thread.

    /usr/bin/python3 examples/dask/newsfacts_dask.py 'news/*.jsonl' --out facts/
    /usr/bin/python3 examples/dask/newsfacts_dask.py 's3://bucket/news/*.jsonl' --out s3://bucket/facts \\
        --scheduler tcp://scheduler:8786 --newsfacts newsfacts -- --only casualties

Without --scheduler it starts a LocalCluster of --workers processes. On a real cluster every worker
needs Node 20 and newsfacts (`npm install -g newsfacts`), and the fsspec backend of the URLs.
Give every line an id: a line without one is named by its line number within its partition.
Output: OUT/part-00000.ndjson ... (and OUT/part-00000.parquet ...), one per partition; exits 1 when
a document failed (each failure is listed on stderr), like newsfacts itself.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys

import dask
import dask.bag
import fsspec
from distributed import Client, LocalCluster

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from newsfacts_pipe import NEWSFACTS_ARGS, newsfacts_command, parse_with_tail  # noqa: E402


# newsfacts exits 1 when a document failed (reported on stderr, the others are still written)
SOME_DOCUMENTS_FAILED = 1


def pipe_through_newsfacts(lines, command):
    """Runs one partition's JSON lines through newsfacts: its NDJSON lines and its failure messages."""
    text = ''.join(line if line.endswith('\n') else line + '\n' for line in lines if line.strip())
    if not text:
        return [], []  # newsfacts rejects empty input; an empty partition has nothing to say
    done = subprocess.run(command, input=text, capture_output=True, text=True, encoding='utf-8')
    failures = [line for line in done.stderr.splitlines() if line.strip()]
    if done.returncode not in (0, SOME_DOCUMENTS_FAILED):
        raise RuntimeError(f'{shlex.join(command)} exited {done.returncode}: {failures[-1] if failures else "no message"}')
    return [line for line in done.stdout.splitlines() if line], failures


def arrow_type(pa, node):
    """The Arrow type of a node of newsfacts' JSON Schema: objects are structs, arrays lists."""
    if 'anyOf' in node:
        kinds = [n for n in node['anyOf'] if n.get('type') != 'null']
        if len(kinds) != 1:
            raise ValueError(f'no Arrow type for a union of {len(kinds)} kinds: {json.dumps(node)[:200]}')
        return arrow_type(pa, kinds[0])
    kind = node.get('type')
    if isinstance(kind, list):  # ["string", "null"]: Arrow columns are nullable anyway
        kinds = [k for k in kind if k != 'null']
        kind = kinds[0] if len(kinds) == 1 else None
    if kind == 'object':
        return pa.struct([pa.field(name, arrow_type(pa, child)) for name, child in node['properties'].items()])
    if kind == 'array':
        return pa.list_(arrow_type(pa, node['items']))
    scalars = {'string': pa.string(), 'integer': pa.int64(), 'number': pa.float64(), 'boolean': pa.bool_()}
    if kind not in scalars:
        raise ValueError(f'no Arrow type for {json.dumps(node)[:200]}')
    return scalars[kind]


def write_parquet(ndjson_lines, url, json_schema):
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = [pa.field(name, arrow_type(pa, node)) for name, node in json_schema['properties'].items()]
    table = pa.Table.from_pylist([json.loads(line) for line in ndjson_lines], schema=pa.schema(columns))
    with fsspec.open(url, 'wb') as out:
        pq.write_table(table, out)


def run_partition(lines_with_path, index, command, out, json_schema):
    """One task: a partition of (line, path) pairs in, its part file(s) written, a summary back."""
    path = lines_with_path[0][1] if lines_with_path else ''
    records, failures = pipe_through_newsfacts([line for line, _ in lines_with_path], command)
    part = f'{out.rstrip("/")}/part-{index:05d}'
    with fsspec.open(f'{part}.ndjson', 'w', encoding='utf-8') as ndjson:
        ndjson.write(''.join(record + '\n' for record in records))
    if json_schema is not None:
        write_parquet(records, f'{part}.parquet', json_schema)
    return {'records': len(records), 'failures': [f'{path} (partition {index}): {message}' for message in failures]}


def parquet_schema(wanted, command):
    """newsfacts' JSON Schema when Parquet is wanted and pyarrow imports here, else None (and why)."""
    if not wanted:
        return None
    try:
        import pyarrow  # noqa: F401  (the workers need it too)
    except ImportError:
        print('newsfacts-dask: no Parquet: pyarrow does not import (NDJSON only)', file=sys.stderr)
        return None
    return json.loads(subprocess.run(command + ['schema'], capture_output=True, text=True, check=True).stdout)


def run(args):
    newsfacts = newsfacts_command(args.newsfacts)
    command = newsfacts + NEWSFACTS_ARGS + args.extra
    json_schema = parquet_schema(args.parquet, newsfacts)
    fs, root = fsspec.core.url_to_fs(args.out)
    fs.makedirs(root, exist_ok=True)
    blocksize = args.blocksize if args.blocksize not in ('0', 'none') else None
    lines = dask.bag.read_text(args.inputs, blocksize=blocksize, encoding='utf-8', include_path=True)
    tasks = [dask.delayed(run_partition)(part, i, command, args.out, json_schema) for i, part in enumerate(lines.to_delayed())]
    summaries = dask.compute(*tasks)
    failures = [message for summary in summaries for message in summary['failures']]
    for message in failures:
        print(f'newsfacts-dask: {message}', file=sys.stderr)
    records = sum(summary['records'] for summary in summaries)
    outputs = 'NDJSON and Parquet' if json_schema is not None else 'NDJSON'
    print(f'newsfacts-dask: {len(tasks)} partitions, {records} records, {len(failures)} failed; {outputs} in {args.out}', file=sys.stderr)
    return 1 if failures else 0


def parse_args(argv):
    parser = argparse.ArgumentParser(description='newsfacts over JSON Lines on Dask distributed', epilog='newsfacts options go after --')
    parser.add_argument('inputs', nargs='+', help='JSON Lines files, globs or fsspec URLs')
    parser.add_argument('--out', required=True, help='output folder or URL: part-NNNNN.ndjson (and .parquet)')
    parser.add_argument('--scheduler', help='address of a running scheduler (default: a LocalCluster)')
    parser.add_argument('--workers', type=int, default=os.cpu_count(), help='LocalCluster worker processes (default: cores)')
    parser.add_argument('--blocksize', default='16MiB', help='bytes per partition, or 0 for one partition per file (compressed input)')
    parser.add_argument('--newsfacts', help='the newsfacts command on the workers (default: newsfacts on PATH, else node bin/newsfacts.js)')
    parser.add_argument('--no-parquet', dest='parquet', action='store_false', help='NDJSON only')
    return parse_with_tail(parser, argv)


def main(argv):
    args = parse_args(argv)
    if args.scheduler:
        with Client(args.scheduler):
            return run(args)
    cluster_options = dict(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    with LocalCluster(**cluster_options) as cluster, Client(cluster):
        return run(args)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
