/**
 * A webpack loader of the console shell's build: `import { Alert, Button } from
 * '@patternfly/react-core'` (or `export { ... } from`) becomes one import per module that defines
 * the names (`@patternfly/react-core/dist/dynamic/components/Alert`, ...), from the map each
 * package ships (`dist/dynamic-modules.json`), as ConsoleRemotePlugin does for the plugin. Webpack
 * then builds the modules the shell uses instead of every module the package's index re-exports
 * (react-core has about 560, react-icons about 1,750). The same files are reached either way, so
 * nothing changes at run time. A name the map lacks stays on the package's index.
 */
const fs = require('fs');
const path = require('path');

const IMPORT =
  /(import|export)\s*\{([^}]*)\}\s*from\s*['"](@patternfly\/react-(?:core|icons|table))['"];?/g;
const maps = new Map();

const mapOf = (pkg) => {
  if (!maps.has(pkg)) {
    const dist = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'dist');
    const json = fs.readFileSync(path.join(dist, 'dynamic-modules.json'), 'utf8');
    maps.set(pkg, JSON.parse(json));
  }
  return maps.get(pkg);
};

const rewrite = (keyword, names, pkg) => {
  const map = mapOf(pkg);
  const byModule = new Map();
  const rest = [];
  for (const spec of names.split(',').map((s) => s.trim())) {
    if (!spec) continue;
    const modulePath = map[spec.replace(/^type\s+/, '').split(/\s+as\s+/)[0]];
    if (!modulePath) rest.push(spec);
    else byModule.set(modulePath, [...(byModule.get(modulePath) ?? []), spec]);
  }
  const lines = [...byModule].map(
    ([m, specs]) => `${keyword} { ${specs.join(', ')} } from '${pkg}/${m}';`,
  );
  if (rest.length) lines.push(`${keyword} { ${rest.join(', ')} } from '${pkg}';`);
  return lines.join(' ');
};

module.exports = function dynamicImportLoader(source) {
  if (!source.includes('@patternfly/react-')) return source;
  return source.replace(IMPORT, (_whole, keyword, names, pkg) => rewrite(keyword, names, pkg));
};
