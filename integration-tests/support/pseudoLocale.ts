import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ApiCall } from './api';

/** The plugin's locale file inside a build. */
export const LOCALE_FILE = 'locales/en/plugin__ambient-mesh-plugin.json';
export const OPEN = '[[';
export const CLOSE = ']]';

/** Every value wrapped in markers; keys and interpolation placeholders untouched. */
export const pseudoLocalize = (messages: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, `${OPEN}${v}${CLOSE}`]));

/** A copy of a plugin build whose locale file is pseudo-localized; returns its folder. */
export const pseudoDist = (distDir: string): string => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pseudo-dist-'));
  fs.cpSync(distDir, out, { recursive: true });
  const file = path.join(out, LOCALE_FILE);
  const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  fs.writeFileSync(file, JSON.stringify(pseudoLocalize(messages), null, 2));
  return out;
};

/** Text that a text node shows outside any marker pair, as found in the page. */
export type Unmarked = { where: string; text: string; outside: string };

// Words and values that come from the cluster, not from the plugin: names, labels, versions,
// addresses, condition reasons. Prose (values with spaces, such as condition messages) only
// counts when shown whole.
export type ClusterData = { tokens: Set<string>; phrases: string[] };

export const SPLIT = /[\s,;:=()[\]{}|·•"'/…]+/;
const SKIP_KINDS = new Set(['CustomResourceDefinition', 'Event']);
const SKIP_KEYS = new Set(['managedFields', 'kubectl.kubernetes.io/last-applied-configuration']);

// String values, and the keys of maps that are data themselves (labels, annotations, selectors).
const DATA_MAPS = new Set(['labels', 'annotations', 'nodeSelector', 'matchLabels', 'selector']);
const strings = (v: unknown, out: string[], parent = ''): void => {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') {
    Object.entries(v).forEach(([k, x]) => {
      if (SKIP_KEYS.has(k)) return;
      if (DATA_MAPS.has(parent)) out.push(k);
      strings(x, out, k);
    });
  }
};

type Discovery = { resources?: Array<{ name: string; kind: string; verbs: string[] }> };

/** Every string of every object the sandbox serves (discovered, then listed as admin). */
export const clusterData = async (api: ApiCall): Promise<ClusterData> => {
  const groups = await api<{
    groups: Array<{
      preferredVersion?: { groupVersion: string };
      versions: Array<{ groupVersion: string }>;
    }>;
  }>('GET', '/apis');
  const bases = [
    '/api/v1',
    ...groups.body.groups.flatMap((g) => g.versions.map((v) => `/apis/${v.groupVersion}`)),
  ];
  // API groups and versions (sailoperator.io/v1) are names too.
  const values: string[] = groups.body.groups.flatMap((g) => g.versions.map((v) => v.groupVersion));
  for (const base of bases) {
    const disc = await api<Discovery>('GET', base);
    for (const r of disc.body.resources ?? []) {
      if (r.name.includes('/') || SKIP_KINDS.has(r.kind) || !r.verbs.includes('list')) continue;
      values.push(r.kind.replace(/[^A-Z]/g, '')); // the badge of a ResourceLink
      const list = await api<{ items?: unknown[] }>('GET', `${base}/${r.name}`);
      strings(list.body.items ?? [], values);
    }
  }
  const tokens = new Set<string>();
  const phrases: string[] = [];
  values.forEach((v) => {
    if (/\s/.test(v.trim())) phrases.push(v.trim());
    tokens.add(v);
    v.split(SPLIT).forEach((t) => t && tokens.add(t));
  });
  phrases.sort((a, b) => b.length - a.length);
  return { tokens, phrases };
};

// Names of mesh components and protocols, shown as identifiers (like a label value), not prose.
const TERMS = new Set(['HBONE', 'TCP', 'ztunnel', 'istiod', 'Istio', 'IstioCNI', 'ZTunnel']);
const NUMBER = /^[+-]?(\d+([.,]\d+)*%?|v?\d+(\.\d+)+(-[\w.]+)?|\d+\/\d+)$/;
const PUNCT = /^[\p{P}\p{S}]+$/u;
// What the console's Timestamp prints: "Nov 26, 2026, 6:30 AM".
const DATE_WORDS = new Set([
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
  'AM',
  'PM',
]);

// A name cut short with an ellipsis ("reviews-v…xf-vcffv", as graph labels are): each piece must
// be part of some value from the cluster.
const truncatedData = (t: string, outside: string, data: ClusterData): boolean =>
  outside.includes('…') && t.length >= 3 && [...data.tokens].some((d) => d.includes(t));

/** The words of `outside` that neither the cluster nor a number or a date explains. */
export const untranslated = (outside: string, data: ClusterData): string[] => {
  let rest = outside;
  data.phrases.forEach((p) => {
    if (rest.includes(p)) rest = rest.split(p).join(' ');
  });
  return rest
    .split(SPLIT)
    .filter(
      (t) =>
        t &&
        !NUMBER.test(t) &&
        !PUNCT.test(t) &&
        !DATE_WORDS.has(t) &&
        !TERMS.has(t) &&
        !data.tokens.has(t) &&
        !truncatedData(t, outside, data),
    );
};
