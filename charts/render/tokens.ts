// Tokens inside one action: literals, fields (.A.B), variables ($, $x, $x.A), identifiers,
// `|`, `(`, `)`, `:=`, `,`. Anything else is rejected, not guessed at.
import { TemplateError } from './lex';

export type Token =
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'field'; path: string[] }
  | { t: 'var'; name: string; path: string[] }
  | { t: 'ident'; v: string }
  | { t: 'punct'; v: '|' | '(' | ')' | ':=' | ',' | '=' };

const FIELD = /^(\.[A-Za-z_][A-Za-z0-9_]*)+|^\./;
const VAR = /^\$[A-Za-z0-9_]*((\.[A-Za-z_][A-Za-z0-9_]*)*)/;
const NUM = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?(?![A-Za-z0-9_.])/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;

const unescape = (raw: string, where: string): string => {
  try {
    return JSON.parse(raw) as string;
  } catch {
    throw new TemplateError(`${where}: unsupported string literal ${raw}`);
  }
};

export const tokenize = (src: string, where: string): Token[] => {
  const out: Token[] = [];
  let s = src;
  while (s) {
    const rest = s.replace(/^[ \t\r\n]+/, '');
    const spaced = rest.length !== s.length;
    s = rest;
    if (!s) break;
    let m: RegExpExecArray | null;
    const prev = out[out.length - 1];
    if (!spaced && s[0] === '.' && prev?.t === 'punct' && prev.v === ')') {
      throw new TemplateError(`${where}: fields of a parenthesized pipeline are not supported`);
    }
    if (s[0] === '"') {
      m = /^"(?:[^"\\\n]|\\.)*"/.exec(s);
      if (!m) throw new TemplateError(`${where}: unterminated string`);
      out.push({ t: 'str', v: unescape(m[0], where) });
    } else if (s[0] === '`') {
      m = /^`[^`]*`/.exec(s);
      if (!m) throw new TemplateError(`${where}: unterminated raw string`);
      out.push({ t: 'str', v: m[0].slice(1, -1) });
    } else if ((m = /^(:=|[|(),=])/.exec(s))) {
      out.push({ t: 'punct', v: m[0] as ':=' });
    } else if ((m = NUM.exec(s))) {
      out.push({ t: 'num', v: Number(m[0]) });
    } else if (s[0] === '.' && (m = FIELD.exec(s))) {
      out.push({ t: 'field', path: m[0] === '.' ? [] : m[0].slice(1).split('.') });
    } else if ((m = VAR.exec(s))) {
      const [name, ...path] = m[0].split('.');
      out.push({ t: 'var', name, path });
    } else if ((m = IDENT.exec(s))) {
      out.push({ t: 'ident', v: m[0] });
    } else {
      throw new TemplateError(`${where}: unexpected ${JSON.stringify(s.slice(0, 12))}`);
    }
    s = s.slice(m[0].length);
  }
  return out;
};
