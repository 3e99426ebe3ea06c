import { mergeValues, renderText } from './chart';
import { loadYaml } from './yaml';

const r = (src: string, data: object = {}, helpers: Record<string, string> = {}) =>
  renderText(src, data as never, helpers);

describe('Go template semantics', () => {
  it('trims white space only next to a marker followed by a space', () => {
    expect(r('a  \n  {{- "b" -}}  \n  c')).toBe('abc');
    expect(r('a {{ "b" }} c')).toBe('a b c');
    expect(r('x{{-3}}')).toBe('x-3');
    expect(r('a\n{{- /* note */ -}}\nb')).toBe('ab');
    expect(r('a{{/* "it\'s" }} */}}b')).toBe('ab');
  });

  it('branches with if / else if / else and Go truth', () => {
    const t = '{{ if .a }}A{{ else if .b }}B{{ else }}C{{ end }}';
    expect(r(t, { a: 1 })).toBe('A');
    expect(r(t, { a: 0, b: 'x' })).toBe('B');
    expect(r(t, { a: [], b: {} })).toBe('C');
    expect(r(t, { a: '', b: false })).toBe('C');
  });

  it('rebinds dot with `with`, keeps $ at the root', () => {
    const t = '{{ with .m }}{{ .k }}/{{ $.top }}{{ else }}none{{ end }}';
    expect(r(t, { m: { k: 'v' }, top: 'T' })).toBe('v/T');
    expect(r(t, { m: {} })).toBe('none');
  });

  it('ranges over lists and maps (sorted keys), with variables and else', () => {
    expect(r('{{ range .l }}[{{ . }}]{{ end }}', { l: ['a', 'b'] })).toBe('[a][b]');
    expect(r('{{ range $k, $v := .m }}{{ $k }}={{ $v }};{{ end }}', { m: { b: 2, a: 1 } })).toBe(
      'a=1;b=2;',
    );
    expect(r('{{ range $i, $v := .l }}{{ $i }}{{ $v }}{{ end }}', { l: ['x', 'y'] })).toBe('0x1y');
    expect(r('{{ range .l }}x{{ else }}empty{{ end }}', { l: [] })).toBe('empty');
  });

  it('scopes variables to their block', () => {
    expect(r('{{ $x := "a" }}{{ if true }}{{ $y := "b" }}{{ $x }}{{ $y }}{{ end }}{{ $x }}')).toBe(
      'aba',
    );
    expect(() => r('{{ if true }}{{ $y := "b" }}{{ end }}{{ $y }}')).toThrow(
      /undefined variable \$y/,
    );
  });

  it('defines, includes and templates', () => {
    const helpers = { '_h.tpl': '{{- define "n" -}}name-{{ .x }}{{- end }}' };
    expect(r('{{ include "n" . | quote }}', { x: 1 }, helpers)).toBe('"name-1"');
    expect(r('{{ template "n" .m }}', { m: { x: 2 } }, helpers)).toBe('name-2');
    expect(() => r('{{ include "missing" . }}')).toThrow(/no template named "missing"/);
  });

  it('prints a missing key as nothing but fails on a field of nil, like Helm', () => {
    expect(r('[{{ .Values.nope }}]', { Values: {} })).toBe('[]');
    expect(() => r('{{ .Values.nope.deeper }}', { Values: {} })).toThrow(
      /nil pointer evaluating \.deeper/,
    );
  });

  it('short-circuits and/or as Go 1.18+ does', () => {
    expect(r('{{ if and .a .a.b }}y{{ else }}n{{ end }}', {})).toBe('n');
    expect(r('{{ or .a "d" }}', {})).toBe('d');
    expect(r('{{ not .a }}', { a: 'x' })).toBe('false');
  });
});

describe('Sprig and Helm functions', () => {
  it('toYaml sorts keys, does not indent lists under keys and drops the final newline', () => {
    expect(r('{{ toYaml .v }}', { v: { b: 1, a: ['x', 'z'] } })).toBe('a:\n- x\n- z\nb: 1');
    expect(r('{{ toYaml .v }}', { v: { s: 'on', o: '0644' } })).toBe("o: '0644'\ns: 'on'");
  });

  it('indents every line (also empty ones) with indent and nindent', () => {
    expect(r('x:{{ "a\\n\\nb" | nindent 2 }}')).toBe('x:\n  a\n  \n  b');
    expect(r('{{ indent 3 "a\\nb" }}')).toBe('   a\n   b');
  });

  it('quotes, defaults, requires, builds dicts, printf, sha256sum', () => {
    expect(r('{{ quote "a\\"b" 2 }}')).toBe('"a\\"b" "2"');
    expect(r('{{ .v | default "d" }}|{{ .w | default "d" }}', { v: '', w: 'w' })).toBe('d|w');
    expect(() => r('{{ required "set image" .i }}', {})).toThrow('set image');
    expect(
      r(
        '{{ include "h" (dict "a" 1 "b" .x) }}',
        { x: 'X' },
        { h: '{{ define "h" }}{{ .a }}{{ .b }}{{ end }}' },
      ),
    ).toBe('1X');
    expect(r('{{ printf "%s-%d" "a" 3 }}')).toBe('a-3');
    expect(r('{{ sha256sum "" }}')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('calls methods such as .Files.Get with arguments', () => {
    const Files = { Get: (n: string) => `<${n}>` };
    expect(r('{{ .Files.Get "f" }}', { Files })).toBe('<f>');
    expect(r('{{ "f" | .Files.Get }}', { Files })).toBe('<f>');
  });
});

describe('what the renderer refuses instead of mis-rendering', () => {
  it.each([
    ['{{ tpl "x" . }}', /function "tpl" is not supported/],
    ['{{ if false }}{{ lookup "v1" "Pod" "" "" }}{{ end }}', /function "lookup" is not supported/],
    ['{{ block "b" . }}{{ end }}', /"block" is not supported/],
    ['{{ range .l }}{{ break }}{{ end }}', /"break" is not supported/],
    ['{{ $x := 1 }}{{ $x = 2 }}', /assignment with = is not supported/],
    ['{{ with .a }}{{ else with .b }}{{ end }}', /only "else if" is supported/],
    ['{{ .m }}', /refusing to print a map/],
    ['{{ .l }}', /refusing to print a list/],
    ['{{ .big }}', /exponent form/],
    ['{{ "a" ', /unclosed action/],
    ['{{ if true }}a', /missing \{\{end\}\}/],
    ['a{{ end }}', /unexpected \{\{end\}\}/],
    ["{{ 'c' }}", /character constants/],
    ['{{ (dict "a" 1).a }}', /parenthesized pipeline/],
    ['{{ printf "%x" 1 }}', /printf %x is not supported/],
    ['{{ eq .n "2" }}', /incompatible types/],
    ['{{ "x" | .m }}', /not a method/],
    ['{{ "\\x41" }}', /unsupported string literal/],
  ])('%s', (src, error) => {
    expect(() => r(src, { m: { a: 1 }, l: [1], big: 1000000, n: 2 })).toThrow(error);
  });

  it('rejects plain scalars whose meaning differs between YAML 1.1 and 1.2', () => {
    expect(() => loadYaml('enabled: on', 'v.yaml')).toThrow(/YAML 1.1/);
    expect(() => loadYaml('mode: 0644', 'v.yaml')).toThrow(/YAML 1.1/);
    expect(loadYaml('mode: "0644"\nenabled: true\nnum: 420', 'v.yaml')).toEqual({
      mode: '0644',
      enabled: true,
      num: 420,
    });
  });
});

describe('mergeValues', () => {
  it('merges maps deeply, replaces lists and scalars, deletes on null', () => {
    const base = { a: { b: 1, c: 2 }, l: [1, 2], d: 'x' };
    expect(mergeValues(base, { a: { c: 3 }, l: [9], d: null })).toEqual({
      a: { b: 1, c: 3 },
      l: [9],
    });
  });
});
