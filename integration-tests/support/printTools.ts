// Prints the browser, Helm and kubectl versions the tests run, unpacking each on first use.
import { describeChromium } from './chromium';
import { TOOLSET_NAMES, toolVersion } from './kubeTools';

const started = Date.now();
console.log(`browser: ${describeChromium()}`);
for (const set of TOOLSET_NAMES)
  console.log(`${set}: helm ${toolVersion('helm', set)}, kubectl ${toolVersion('kubectl', set)}`);
console.log(`(ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
