"""What the cluster examples (dask/, spark/) share: the newsfacts command every partition is piped
through, JSON Lines in, NDJSON out, and the command line's `-- newsfacts options` tail."""
import os
import shlex
import shutil

# One process per partition, one thread each: the engine's workers are the parallelism.
NEWSFACTS_ARGS = ['-q', '--jobs', '1', '--input', 'jsonl', '-f', 'ndjson']


def newsfacts_command(given):
    """The command given (a shell-quoted string), else `newsfacts` on PATH, else this checkout's
    bin/newsfacts.js run by node."""
    if given:
        return shlex.split(given)
    if shutil.which('newsfacts'):
        return ['newsfacts']
    return ['node', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'bin', 'newsfacts.js')]


def parse_with_tail(parser, argv):
    """Parses argv up to `--`; what follows it, newsfacts options, lands in args.extra."""
    own, extra = (argv[:argv.index('--')], argv[argv.index('--') + 1:]) if '--' in argv else (argv, [])
    args = parser.parse_args(own)
    args.extra = extra
    return args
