// The import graph of src/ between folders: every arrow points down the layers and no two folders
// import each other. ESLint reports each bad import where it is written; this check reads the whole
// graph, so a cycle between folders of one layer (views/a <-> views/b) is caught too.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const src = path.join(root, 'src');
// Top to bottom; a folder may import its own layer and the layers below.
const LAYERS = [['views'], ['components', 'utils'], ['resources'], ['mesh'], ['k8s'], ['models']];
const rank = (top) => LAYERS.findIndex((l) => l.includes(top));

const files = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
const resolve = (from, spec) =>
  ['.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ext) => path.resolve(path.dirname(from), spec) + ext)
    .find((p) => fs.existsSync(p));
// The folder a file is in: `views/enrollment/tab`, `mesh/install`, `models`.
const folderOf = (file) => {
  const parts = path.relative(src, path.dirname(file)).split(path.sep);
  return parts.join('/');
};

const problems = [];
const edges = new Map();
for (const file of files(src).filter((f) => !f.includes(`${path.sep}testing${path.sep}`))) {
  const text = fs.readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(/from '(\.[^']+)'/g)) {
    const target = resolve(file, spec);
    if (!target) continue;
    const [a, b] = [folderOf(file), folderOf(target)];
    if (a === b) continue;
    const [ra, rb] = [rank(a.split('/')[0]), rank(b.split('/')[0])];
    if (ra < 0 || rb < 0) problems.push(`${path.relative(root, file)}: ${a} is in no layer`);
    else if (rb < ra) problems.push(`${path.relative(root, file)} imports up: ${a} -> ${b}`);
    if (b.includes('testing')) problems.push(`${path.relative(root, file)} imports test data`);
    if (!edges.has(a)) edges.set(a, new Set());
    edges.get(a).add(b);
  }
}

// Cycles between folders (depth-first search over the folder graph).
const state = new Map();
const visit = (node, trail) => {
  if (state.get(node) === 'done') return;
  if (state.get(node) === 'open') {
    problems.push(`cycle: ${[...trail.slice(trail.indexOf(node)), node].join(' -> ')}`);
    return;
  }
  state.set(node, 'open');
  for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
  state.set(node, 'done');
};
[...edges.keys()].sort().forEach((n) => visit(n, []));

if (problems.length) {
  console.error(`Import graph of src/: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
const count = [...edges.values()].reduce((n, s) => n + s.size, 0);
console.log(`Import graph of src/: ${edges.size} folders, ${count} arrows, all down, no cycle.`);
