// Checks the built plugin-manifest.json as the console reads it: name, dependency, every extension
// the product needs, and every code reference pointing at an exposed module with a built chunk.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const dist = path.resolve(root, process.env.PLUGIN_DIST || 'dist');
const pkg = require(path.join(root, 'package.json'));
const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'plugin-manifest.json'), 'utf8'));
const problems = [];
const expect = (ok, message) => ok || problems.push(message);

expect(manifest.name === 'ambient-mesh-plugin', `name is ${manifest.name}`);
expect(
  manifest.dependencies?.['@console/pluginAPI'] === '>=4.19.0-0',
  `@console/pluginAPI dependency is ${manifest.dependencies?.['@console/pluginAPI']}`,
);
expect(manifest.registrationMethod === 'callback', 'registrationMethod is not callback');
expect(
  Array.isArray(manifest.loadScripts) &&
    manifest.loadScripts.every((f) => fs.existsSync(path.join(dist, f))),
  'loadScripts missing from dist',
);

const ofType = (type) => manifest.extensions.filter((e) => e.type === type);
const routes = ofType('console.page/route');
[
  '/ambient-mesh',
  '/ambient-mesh/install',
  '/ambient-mesh/namespaces',
  '/ambient-mesh/topology',
].forEach((p) => {
  const route = routes.find((r) => r.properties.path === p);
  expect(route, `route ${p} missing`);
  expect(route?.properties.exact === true, `route ${p} is not exact`);
});
const section = ofType('console.navigation/section').find(
  (s) => s.properties.id === 'ambient-mesh',
);
expect(section?.properties.perspective === 'admin', 'admin nav section missing');
const hrefs = ofType('console.navigation/href').filter(
  (h) => h.properties.section === 'ambient-mesh',
);
expect(hrefs.length === 4, `nav items: ${hrefs.length}, expected 4`);
const tabs = ofType('console.tab/horizontalNav');
expect(
  ['Namespace', 'Project'].every((k) => tabs.some((t) => t.properties.model.kind === k)),
  'tabs on Namespace and Project missing',
);
const providers = ofType('console.action/resource-provider');
expect(
  ['Namespace', 'Project'].every((k) => providers.some((t) => t.properties.model.kind === k)),
  'action providers for Namespace and Project missing',
);
expect(ofType('console.flag/model').length === 1, 'model flag missing');

// Labels are translatable.
[section, ...hrefs, ...tabs.map((t) => ({ properties: t.properties.page }))].forEach((e) => {
  const name = e?.properties?.name ?? '';
  expect(/^%plugin__ambient-mesh-plugin~.+%$/.test(name), `label not translatable: ${name}`);
});

// Code references resolve to exposed modules that were built.
const exposed = pkg.consolePlugin.exposedModules;
const files = fs.readdirSync(dist);
const codeRefs = JSON.stringify(manifest.extensions).match(/"\$codeRef":"[^"]+"/g) ?? [];
codeRefs.forEach((ref) => {
  const module = ref.slice('"$codeRef":"'.length, -1).split('.')[0];
  expect(exposed[module], `code reference ${module} is not an exposed module`);
  expect(
    files.some((f) => f.startsWith(`exposed-${module}-chunk`)),
    `no chunk built for ${module}`,
  );
});

if (problems.length) {
  console.error(`plugin-manifest.json:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `plugin-manifest.json: ${manifest.extensions.length} extensions, ${codeRefs.length} code references, all resolve`,
);
