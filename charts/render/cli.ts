// Prints a chart's rendered manifests, like `helm template`:
//   npx ts-node charts/render/cli.ts [chart dir] [--namespace ns] [--name release] [-f values.yaml]
import * as fs from 'fs';
import * as path from 'path';
import { mergeValues, renderChart } from './chart';
import type { Value } from './values';
import { loadYaml } from './yaml';

const args = process.argv.slice(2);
let chart = path.resolve(__dirname, '../ambient-mesh-plugin');
let namespace = 'ambient-mesh-plugin';
let name = 'ambient-mesh-plugin';
let values: Value = {};
for (let i = 0; i < args.length; i += 1) {
  const a = args[i];
  if (a === '--namespace' || a === '-n') namespace = args[++i];
  else if (a === '--name') name = args[++i];
  else if (a === '-f' || a === '--values') {
    values = mergeValues(values, loadYaml(fs.readFileSync(args[++i], 'utf8'), args[i]));
  } else chart = path.resolve(a);
}
const { manifests } = renderChart(chart, values, { name, namespace });
Object.entries(manifests).forEach(([file, text]) => {
  if (text.trim())
    process.stdout.write(
      `---\n# Source: ${path.basename(chart)}/${file}\n${text.replace(/^\n+/, '')}\n`,
    );
});
