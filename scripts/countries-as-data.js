// An esbuild plugin for bundle.js and snapshot.js: dist/lexicon/countries.js as the data it exports
// (the country entries merged from the world-countries package and our overlay), so a run neither
// reads the package's 600 kB JSON nor merges again.
import { pathToFileURL } from 'node:url';

export const countriesAsData = {
  name: 'countries-as-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]lexicon[\\/]countries\.js$/ }, async (args) => {
      const exports = await import(pathToFileURL(args.path).href);
      return { contents: Object.entries(exports).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`).join('\n'), loader: 'js' };
    });
  },
};
