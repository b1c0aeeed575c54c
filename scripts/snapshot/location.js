// Injected into the snapshot's bundle (scripts/snapshot.js): what the bundled modules get for
// `import.meta.url`, and how they load the packages left out of it. Both are worked out when a run
// asks, since the snapshot is built in one process and run in others: bin/newsfacts.js passes its
// own path as the run's first argument, so the bundle is found from there.

/** `import.meta.url` in every bundled module: dist/bundle/snapshot.cjs beside this run's bin/, as deep as dist/cli. */
export const snapshotLocation = {
  get url() {
    const { dirname, resolve } = process.getBuiltinModule('node:path');
    const { pathToFileURL } = process.getBuiltinModule('node:url');
    return pathToFileURL(resolve(dirname(process.argv[1]), '../dist/bundle/snapshot.cjs')).href;
  },
};

/** `require` for a package outside the bundle: a snapshot's own `require` knows node's modules alone. */
export function runtimeRequire(id) {
  return process.getBuiltinModule('node:module').createRequire(snapshotLocation.url)(id);
}
