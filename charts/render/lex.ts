// Splits Go template text into text and actions, applying the `{{- ` / ` -}}` trim markers the
// way text/template does: a marker trims all white space on that side, and is a marker only when
// a space follows (`{{-3}}` is the number -3).

export type Item =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'action'; body: string; line: number };

export class TemplateError extends Error {}

const SPACE = /[ \t\r\n]/;

const actionEnd = (src: string, from: number, where: string): number => {
  let quote: string | null = null;
  for (let i = from; i < src.length; i += 1) {
    const c = src[i];
    if (quote) {
      if (c === '\\' && quote === '"') i += 1;
      else if (c === quote) quote = null;
      else if (c === '\n' && quote === '"')
        throw new TemplateError(`${where}: unterminated string`);
    } else if (c === '"' || c === '`') quote = c;
    else if (c === "'") throw new TemplateError(`${where}: character constants are not supported`);
    else if (c === '}' && src[i + 1] === '}') return i;
  }
  throw new TemplateError(`${where}: unclosed action`);
};

// A comment is `/*` ... `*/` with only an optional trim marker before `}}`.
const commentEnd = (src: string, from: number, where: string): number => {
  const stop = src.indexOf('*/', from + 2);
  if (stop < 0) throw new TemplateError(`${where}: unclosed comment`);
  const tail = /^( -)?\}\}/.exec(src.slice(stop + 2));
  if (!tail) throw new TemplateError(`${where}: comment ends without }}`);
  return stop + 2 + (tail[1] ? 2 : 0);
};

export const lex = (src: string, name: string): Item[] => {
  const items: Item[] = [];
  let pos = 0;
  let trimNext = false;
  const lineAt = (i: number) => src.slice(0, i).split('\n').length;
  while (pos <= src.length) {
    const open = src.indexOf('{{', pos);
    let text = src.slice(pos, open < 0 ? src.length : open);
    if (trimNext) text = text.replace(/^[ \t\r\n]+/, '');
    if (open < 0) {
      if (text) items.push({ kind: 'text', text, line: lineAt(pos) });
      break;
    }
    const where = `${name}:${lineAt(open)}`;
    let start = open + 2;
    if (src[start] === '-' && SPACE.test(src[start + 1] ?? '')) {
      text = text.replace(/[ \t\r\n]+$/, '');
      start += 2;
    }
    if (text) items.push({ kind: 'text', text, line: lineAt(pos) });
    const close = src.startsWith('/*', start)
      ? commentEnd(src, start, where)
      : actionEnd(src, start, where);
    let end = close;
    trimNext = false;
    if (src[close - 1] === '-' && SPACE.test(src[close - 2] ?? '') && close - 2 >= start) {
      trimNext = true;
      end = close - 2;
    }
    const body = src.slice(start, end).trim();
    if (!body.startsWith('/*')) items.push({ kind: 'action', body, line: lineAt(open) });
    pos = close + 2;
  }
  return items;
};
