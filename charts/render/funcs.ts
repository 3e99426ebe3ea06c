// The functions the chart's templates use: Go's builtins and, and, or, not, eq, ne, printf, and
// Sprig/Helm's include, toYaml, indent, nindent, quote, default, required, dict, sha256sum.
// Any other name is an error at render time.
import { createHash } from 'crypto';
import { dumpYaml } from './yaml';
import { TemplateError } from './lex';
import { type Value, print, truth } from './values';

export type Fn = (args: Value[], where: string) => Value;

const str = (v: Value, fn: string, where: string): string => {
  if (typeof v !== 'string')
    throw new TemplateError(`${where}: ${fn} expects a string, got ${typeof v}`);
  return v;
};
const int = (v: Value, fn: string, where: string): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new TemplateError(`${where}: ${fn} expects a count of spaces`);
  }
  return v;
};
const arity = (args: Value[], n: number, fn: string, where: string) => {
  if (args.length !== n)
    throw new TemplateError(`${where}: ${fn} takes ${n} arguments, got ${args.length}`);
};
const scalar = (v: Value, fn: string, where: string) => {
  if (typeof v === 'object' && v !== null)
    throw new TemplateError(`${where}: ${fn} compares scalars only`);
  if (typeof v === 'function') throw new TemplateError(`${where}: ${fn} of a function`);
  return v ?? null;
};
// Go compares values of one basic kind only; anything else is "incompatible types".
const same = (x: Value, y: Value, fn: string, where: string): boolean => {
  const [a, b] = [scalar(x, fn, where), scalar(y, fn, where)];
  if (a !== null && b !== null && typeof a !== typeof b) {
    throw new TemplateError(`${where}: ${fn}: incompatible types ${typeof a} and ${typeof b}`);
  }
  return a === b;
};
const indent = (n: number, s: string) => {
  const pad = ' '.repeat(n);
  return pad + s.replace(/\n/g, `\n${pad}`);
};

export const builtins = (include: (name: string, data: Value, where: string) => string) => {
  const fns: Record<string, Fn> = {
    include: (a, w) => (arity(a, 2, 'include', w), include(str(a[0], 'include', w), a[1], w)),
    toYaml: (a, w) => (arity(a, 1, 'toYaml', w), dumpYaml(a[0], w)),
    indent: (a, w) => (arity(a, 2, 'indent', w), indent(int(a[0], 'indent', w), print(a[1], w))),
    nindent: (a, w) => (
      arity(a, 2, 'nindent', w),
      `\n${indent(int(a[0], 'nindent', w), print(a[1], w))}`
    ),
    quote: (a, w) =>
      a
        .filter((v) => v !== null && v !== undefined)
        .map((v) => JSON.stringify(print(v, w)))
        .join(' '),
    default: (a, w) => {
      if (a.length < 1 || a.length > 2)
        throw new TemplateError(`${w}: default takes 1 or 2 arguments`);
      return a.length === 2 && truth(a[1]) ? a[1] : a[0];
    },
    required: (a, w) => {
      arity(a, 2, 'required', w);
      if (a[1] === null || a[1] === undefined || a[1] === '') throw new TemplateError(String(a[0]));
      return a[1];
    },
    dict: (a, w) => {
      if (a.length % 2) throw new TemplateError(`${w}: dict needs key/value pairs`);
      const out: { [key: string]: Value } = {};
      for (let i = 0; i < a.length; i += 2) out[str(a[i], 'dict', w)] = a[i + 1];
      return out;
    },
    sha256sum: (a, w) => (
      arity(a, 1, 'sha256sum', w),
      createHash('sha256')
        .update(str(a[0], 'sha256sum', w))
        .digest('hex')
    ),
    printf: (a, w) => {
      const [format, ...rest] = a;
      let k = 0;
      const out = str(format, 'printf', w).replace(/%(.)/g, (_, verb: string) => {
        if (verb === '%') return '%';
        if (!['s', 'd', 'v'].includes(verb))
          throw new TemplateError(`${w}: printf %${verb} is not supported`);
        if (k >= rest.length) throw new TemplateError(`${w}: printf is missing an argument`);
        const v = rest[k++];
        if (verb === 'd' && !(typeof v === 'number' && Number.isInteger(v)))
          throw new TemplateError(`${w}: %d of a non-integer`);
        return print(v, w);
      });
      if (k !== rest.length) throw new TemplateError(`${w}: printf has extra arguments`);
      return out;
    },
    not: (a, w) => (arity(a, 1, 'not', w), !truth(a[0])),
    and: (a, w) => {
      if (!a.length) throw new TemplateError(`${w}: and needs arguments`);
      return a.find((v) => !truth(v)) ?? a[a.length - 1];
    },
    or: (a, w) => {
      if (!a.length) throw new TemplateError(`${w}: or needs arguments`);
      return a.find((v) => truth(v)) ?? a[a.length - 1];
    },
    eq: (a, w) => {
      if (a.length < 2) throw new TemplateError(`${w}: eq needs two arguments`);
      return a.slice(1).some((v) => same(a[0], v, 'eq', w));
    },
    ne: (a, w) => (arity(a, 2, 'ne', w), !same(a[0], a[1], 'ne', w)),
  };
  return fns;
};
