// Parses lexed items into a tree: text, output actions, if/else if/else, with, range, define,
// template. Keywords text/template has but this renderer does not (block, break, continue,
// else with, assignment with =) are errors.
import { type Item, TemplateError } from './lex';
import { type Token, tokenize } from './tokens';

export type Arg =
  | { k: 'lit'; v: string | number | boolean | null }
  | { k: 'field'; path: string[] }
  | { k: 'var'; name: string; path: string[] }
  | { k: 'pipe'; pipe: Pipe }
  | { k: 'fn'; name: string };
export type Pipe = { decl: string[]; cmds: Arg[][]; where: string };
export type Block = { n: 'if' | 'with' | 'range'; pipe: Pipe; body: Node[]; alt: Node[] };
export type Node =
  | { n: 'text'; text: string }
  | { n: 'out'; pipe: Pipe }
  | Block
  | { n: 'template'; name: string; pipe: Pipe | null; where: string };
export type Parsed = { root: Node[]; defines: Map<string, Node[]> };

const UNSUPPORTED = new Set(['block', 'break', 'continue']);

const parsePipe = (tokens: Token[], where: string, allowDecl: number): Pipe => {
  let toks = tokens;
  const decl: string[] = [];
  const assign = toks.findIndex((t) => t.t === 'punct' && (t.v === ':=' || t.v === '='));
  if (assign >= 0) {
    const op = toks[assign];
    if (op.t === 'punct' && op.v === '=')
      throw new TemplateError(`${where}: assignment with = is not supported`);
    toks.slice(0, assign).forEach((t, i) => {
      if (i % 2 === 0 && t.t === 'var' && t.path.length === 0) decl.push(t.name);
      else if (i % 2 === 1 && t.t === 'punct' && t.v === ',') return;
      else throw new TemplateError(`${where}: bad variable declaration`);
    });
    if (decl.length > allowDecl) throw new TemplateError(`${where}: too many declarations`);
    toks = toks.slice(assign + 1);
  }
  let i = 0;
  const pipe = (closing: boolean): Pipe => {
    const cmds: Arg[][] = [[]];
    while (i < toks.length) {
      const t = toks[i++];
      const cmd = cmds[cmds.length - 1];
      if (t.t === 'punct' && t.v === ')') {
        if (!closing) throw new TemplateError(`${where}: unexpected )`);
        return { decl: [], cmds, where };
      }
      if (t.t === 'punct' && t.v === '|') {
        if (!cmd.length) throw new TemplateError(`${where}: missing command before |`);
        cmds.push([]);
      } else if (t.t === 'punct' && t.v === '(') cmd.push({ k: 'pipe', pipe: pipe(true) });
      else if (t.t === 'punct') throw new TemplateError(`${where}: unexpected ${t.v}`);
      else if (t.t === 'str' || t.t === 'num') cmd.push({ k: 'lit', v: t.v });
      else if (t.t === 'field') cmd.push({ k: 'field', path: t.path });
      else if (t.t === 'var') cmd.push({ k: 'var', name: t.name, path: t.path });
      else if (t.v === 'true' || t.v === 'false') cmd.push({ k: 'lit', v: t.v === 'true' });
      else if (t.v === 'nil') cmd.push({ k: 'lit', v: null });
      else cmd.push({ k: 'fn', name: t.v });
    }
    if (closing) throw new TemplateError(`${where}: unclosed (`);
    if (!cmds[cmds.length - 1].length) throw new TemplateError(`${where}: missing command`);
    return { decl, cmds, where };
  };
  return pipe(false);
};

export const parse = (items: Item[], name: string, defines = new Map<string, Node[]>()): Parsed => {
  let i = 0;
  type Stop = { kw: 'end' | 'else' | 'eof'; elseIf?: Token[]; where: string };
  const list = (top: boolean): [Node[], Stop] => {
    const nodes: Node[] = [];
    while (i < items.length) {
      const item = items[i++];
      if (item.kind === 'text') {
        nodes.push({ n: 'text', text: item.text });
        continue;
      }
      const where = `${name}:${item.line}`;
      const toks = tokenize(item.body, where);
      const head = toks[0];
      const kw = head?.t === 'ident' ? head.v : '';
      if (!head) throw new TemplateError(`${where}: empty action`);
      if (UNSUPPORTED.has(kw)) throw new TemplateError(`${where}: "${kw}" is not supported`);
      if (kw === 'end' || kw === 'else') {
        if (top) throw new TemplateError(`${where}: unexpected {{${kw}}}`);
        const rest = toks.slice(1);
        if (kw === 'end' && rest.length) throw new TemplateError(`${where}: junk after end`);
        if (kw === 'else' && rest.length) {
          const sub = rest[0];
          if (sub.t !== 'ident' || sub.v !== 'if')
            throw new TemplateError(`${where}: only "else if" is supported`);
          return [nodes, { kw, elseIf: rest.slice(1), where }];
        }
        return [nodes, { kw, where }];
      }
      if (kw === 'if' || kw === 'with' || kw === 'range') {
        nodes.push(block(kw, toks.slice(1), where));
      } else if (kw === 'define') {
        const nameTok = toks[1];
        if (!top || toks.length !== 2 || nameTok.t !== 'str')
          throw new TemplateError(`${where}: bad define`);
        const [body, stop] = list(false);
        if (stop.kw !== 'end') throw new TemplateError(`${where}: define without end`);
        defines.set(nameTok.v, body);
      } else if (kw === 'template') {
        const nameTok = toks[1];
        if (nameTok?.t !== 'str') throw new TemplateError(`${where}: template needs a name`);
        const rest = toks.slice(2);
        nodes.push({
          n: 'template',
          name: nameTok.v,
          pipe: rest.length ? parsePipe(rest, where, 0) : null,
          where,
        });
      } else {
        nodes.push({ n: 'out', pipe: parsePipe(toks, where, 1) });
      }
    }
    if (!top) throw new TemplateError(`${name}: unexpected end of template (missing {{end}})`);
    return [nodes, { kw: 'eof', where: name }];
  };
  const block = (kw: 'if' | 'with' | 'range', toks: Token[], where: string): Node => {
    if (!toks.length) throw new TemplateError(`${where}: missing value for ${kw}`);
    const pipe = parsePipe(toks, where, kw === 'range' ? 2 : 1);
    const [body, stop] = list(false);
    let alt: Node[] = [];
    if (stop.kw === 'else' && stop.elseIf) {
      if (kw !== 'if')
        throw new TemplateError(`${stop.where}: "else if" inside ${kw} is not supported`);
      alt = [block('if', stop.elseIf, stop.where)];
    } else if (stop.kw === 'else') {
      const [altBody, end] = list(false);
      if (end.kw !== 'end') throw new TemplateError(`${end.where}: expected {{end}}`);
      alt = altBody;
    }
    return { n: kw, pipe, body, alt };
  };
  const [root] = list(true);
  return { root, defines };
};
