// Executes parsed templates over Helm's data (.Values, .Release, .Chart, .Files).
import { builtins, type Fn } from './funcs';
import { TemplateError } from './lex';
import type { Arg, Block, Node, Pipe } from './parse';
import { type Value, isMap, print, truth } from './values';

type Vars = Array<[string, Value]>;
const NONE = Symbol('none');
type Piped = Value | typeof NONE;
const LAZY = new Set(['and', 'or']);

export class Executor {
  private readonly fns: Record<string, Fn>;
  private depth = 0;

  constructor(private readonly defines: Map<string, Node[]>) {
    this.fns = builtins((name, data, where) => this.include(name, data, where));
  }

  // text/template rejects unknown functions when it parses; so does this, in every branch.
  check(nodes: Node[]): void {
    const pipe = (p: Pipe | null) =>
      p?.cmds.forEach((cmd) =>
        cmd.forEach((a) => {
          if (a.k === 'fn' && !(a.name in this.fns) && !LAZY.has(a.name)) {
            throw new TemplateError(`${p.where}: function "${a.name}" is not supported`);
          }
          if (a.k === 'pipe') pipe(a.pipe);
        }),
      );
    nodes.forEach((n) => {
      if (n.n === 'out' || n.n === 'template') pipe(n.pipe);
      if (n.n === 'if' || n.n === 'with' || n.n === 'range') {
        pipe(n.pipe);
        this.check(n.body);
        this.check(n.alt);
      }
    });
  }

  include(name: string, data: Value, where: string): string {
    const body = this.defines.get(name);
    if (!body) throw new TemplateError(`${where}: no template named "${name}"`);
    if (++this.depth > 100) throw new TemplateError(`${where}: "${name}" nests too deeply`);
    try {
      return this.run(body, data, [['$', data]]);
    } finally {
      this.depth -= 1;
    }
  }

  run(nodes: Node[], dot: Value, vars: Vars): string {
    let out = '';
    for (const node of nodes) {
      const mark = vars.length;
      if (node.n === 'text') out += node.text;
      else if (node.n === 'out') {
        const v = this.pipe(node.pipe, dot, vars);
        if (node.pipe.decl.length) vars.push([node.pipe.decl[0], v]);
        else out += print(v, node.pipe.where);
        continue; // a declaration lives until the end of the enclosing block
      } else if (node.n === 'template') {
        out += this.include(
          node.name,
          node.pipe ? this.pipe(node.pipe, dot, vars) : null,
          node.where,
        );
      } else if (node.n === 'if' || node.n === 'with') {
        const v = this.pipe(node.pipe, dot, vars);
        if (node.pipe.decl.length) vars.push([node.pipe.decl[0], v]);
        if (truth(v)) out += this.run(node.body, node.n === 'with' ? v : dot, vars);
        else out += this.run(node.alt, dot, vars);
      } else out += this.range(node, dot, vars);
      vars.length = mark;
    }
    return out;
  }

  private range(node: Block, dot: Value, vars: Vars): string {
    const v = this.pipe(node.pipe, dot, vars);
    let entries: Array<[Value, Value]>;
    if (Array.isArray(v)) entries = v.map((x, i) => [i, x]);
    else if (isMap(v))
      entries = Object.keys(v)
        .sort()
        .map((k) => [k, v[k]]);
    else if (v === null || v === undefined) entries = [];
    else throw new TemplateError(`${node.pipe.where}: range over ${typeof v} is not supported`);
    if (!entries.length) return this.run(node.alt, dot, vars);
    const [first, second] = node.pipe.decl;
    return entries
      .map(([key, el]) => {
        const scope: Vars = [...vars];
        if (second) scope.push([first, key], [second, el]);
        else if (first) scope.push([first, el]);
        return this.run(node.body, el, scope);
      })
      .join('');
  }

  private pipe(p: Pipe, dot: Value, vars: Vars): Value {
    let v: Piped = NONE;
    for (const cmd of p.cmds) v = this.command(cmd, v, dot, vars, p.where);
    return v as Value;
  }

  private command(cmd: Arg[], piped: Piped, dot: Value, vars: Vars, where: string): Value {
    const [head, ...rest] = cmd;
    const args = () => {
      const a = rest.map((x) => this.arg(x, dot, vars, where));
      return piped === NONE ? a : [...a, piped];
    };
    if (head.k === 'fn') {
      if (LAZY.has(head.name)) return this.lazy(head.name, rest, piped, dot, vars, where);
      return this.fns[head.name](args(), where);
    }
    if (head.k === 'field' && (rest.length || piped !== NONE)) {
      return this.walk(dot, head.path, where, args());
    }
    if (rest.length || piped !== NONE)
      throw new TemplateError(`${where}: can't give arguments to a non-function`);
    return this.arg(head, dot, vars, where);
  }

  // Go's and/or stop at the first argument that decides the result.
  private lazy(
    name: string,
    rest: Arg[],
    piped: Piped,
    dot: Value,
    vars: Vars,
    where: string,
  ): Value {
    const thunks: Array<() => Value> = rest.map((a) => () => this.arg(a, dot, vars, where));
    if (piped !== NONE) thunks.push(() => piped);
    if (!thunks.length) throw new TemplateError(`${where}: ${name} needs arguments`);
    let v: Value = null;
    for (const next of thunks) {
      v = next();
      if (truth(v) === (name === 'or')) return v;
    }
    return v;
  }

  private arg(a: Arg, dot: Value, vars: Vars, where: string): Value {
    if (a.k === 'lit') return a.v;
    if (a.k === 'field') return this.walk(dot, a.path, where);
    if (a.k === 'pipe') return this.pipe(a.pipe, dot, vars);
    if (a.k === 'fn') return this.command([a], NONE, dot, vars, where);
    const found = [...vars].reverse().find(([n]) => n === a.name);
    if (!found) throw new TemplateError(`${where}: undefined variable ${a.name}`);
    return this.walk(found[1], a.path, where);
  }

  private walk(start: Value, path: string[], where: string, args?: Value[]): Value {
    let v = start;
    path.forEach((key, i) => {
      if (v === null || v === undefined)
        throw new TemplateError(`${where}: nil pointer evaluating .${key}`);
      if (!isMap(v))
        throw new TemplateError(`${where}: can't evaluate field ${key} in a ${typeof v}`);
      v = v[key];
      if (typeof v === 'function') {
        if (i !== path.length - 1)
          throw new TemplateError(`${where}: fields of a method result are not supported`);
        v = v(...(args ?? []));
      } else if (args && i === path.length - 1) {
        throw new TemplateError(`${where}: ${key} is not a method but has arguments`);
      }
    });
    if (args && !path.length) throw new TemplateError(`${where}: can't give arguments to .`);
    return v;
  }
}
