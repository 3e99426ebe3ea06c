// What nginx.conf promises: TLS only on 9443 with the service-ca certificate, writes only to the
// writable mounts, the manifest never cached, hashed files cached as immutable.
import * as fs from 'fs';
import { all, type Directive, find, parseNginx } from '../checks/nginx';
import { chartFile, render } from './render';

type Mount = { name: string; mountPath: string; readOnly?: boolean };
const conf = parseNginx(fs.readFileSync(chartFile('files/nginx.conf'), 'utf8'));
const http = find(conf, 'http')[0]?.block ?? [];
const server = find(http, 'server')[0]?.block ?? [];
const location = (...args: string[]): Directive[] =>
  find(server, 'location').find((l) => l.args.join(' ') === args.join(' '))?.block ?? [];
const header = (ds: Directive[], name: string) =>
  find(ds, 'add_header').find((d) => d.args[0] === name)?.args[1];

const deployment = render().get<{
  spec: {
    template: {
      spec: {
        containers: Array<{ volumeMounts: Mount[] }>;
        volumes: Array<{ name: string; emptyDir?: object }>;
      };
    };
  };
}>('Deployment');
const pod = deployment.spec.template.spec;
const mounts = pod.containers[0].volumeMounts;
const under = (p: string, m: Mount) => p === m.mountPath || p.startsWith(`${m.mountPath}/`);

describe('nginx.conf', () => {
  it('listens only with TLS, on 9443', () => {
    const listens = all(conf).filter((d) => d.name === 'listen');
    expect(listens.map((d) => d.args)).toEqual([
      ['9443', 'ssl'],
      ['[::]:9443', 'ssl'],
    ]);
    expect(find(server, 'ssl_protocols')[0].args).toEqual(['TLSv1.2', 'TLSv1.3']);
  });

  it('reads the certificate and key from the mounted serving-cert Secret', () => {
    const certMount = mounts.find((m) => m.name === 'serving-cert') as Mount;
    ['ssl_certificate', 'ssl_certificate_key'].forEach((name) => {
      const [file] = find(server, name)[0].args;
      expect(under(file, certMount)).toBe(true);
    });
    expect(find(server, 'ssl_certificate')[0].args[0]).toMatch(/\/tls\.crt$/);
    expect(find(server, 'ssl_certificate_key')[0].args[0]).toMatch(/\/tls\.key$/);
  });

  it('writes its pid and temporary files only under writable emptyDir mounts', () => {
    const writable = mounts.filter(
      (m) => !m.readOnly && pod.volumes.find((v) => v.name === m.name)?.emptyDir,
    );
    const written = all(conf)
      .filter((d) => d.name === 'pid' || d.name.endsWith('_temp_path'))
      .map((d) => d.args[0]);
    expect(written).toHaveLength(6); // pid and the five temp paths nginx would otherwise create
    written.forEach((p) =>
      expect({ p, ok: writable.some((m) => under(p, m)) }).toEqual({ p, ok: true }),
    );
    all(conf)
      .filter((d) => d.name === 'access_log' || d.name === 'error_log')
      .forEach((d) => expect(d.args[0]).toMatch(/^(\/dev\/std(out|err)|off)$/));
  });

  it('never caches plugin-manifest.json', () => {
    expect(header(location('=', '/plugin-manifest.json'), 'Cache-Control')).toMatch(/no-store/);
  });

  it('caches the hashed entry and chunks as immutable, and only those', () => {
    const loc = find(server, 'location').find((l) => l.args[0] === '~') as Directive;
    expect(header(loc.block ?? [], 'Cache-Control')).toBe('public, max-age=31536000, immutable');
    const re = new RegExp(loc.args[1]);
    [
      '/plugin-entry.ef523cb82f4f1f3b51ce.min.js',
      '/exposed-InstallPage-chunk-595a6c093fc852320fd5.min.js',
      '/159-chunk-d1d8ed14cf58ad5d2b11.min.js',
    ].forEach((p) => expect(p).toMatch(re));
    [
      '/plugin-manifest.json',
      '/locales/en/plugin__ambient-mesh-plugin.json',
      '/plugin-entry.js',
      '/x-chunk.min.js',
    ].forEach((p) => expect(p).not.toMatch(re));
  });

  it('revalidates the locale files and answers the liveness probe', () => {
    expect(header(location('/locales/'), 'Cache-Control')).toBe('no-cache');
    expect(find(location('=', '/healthz'), 'return')[0].args[0]).toBe('200');
  });

  it('serves the directory the image puts the build in', () => {
    const dockerfile = fs.readFileSync(chartFile('../../Dockerfile'), 'utf8');
    const [root] = find(server, 'root')[0].args;
    expect(dockerfile).toMatch(new RegExp(`^COPY --from=build \\S+/dist ${root}/?$`, 'm'));
  });
});
