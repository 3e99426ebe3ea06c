// A small reader for nginx configuration files: directives with arguments and blocks, comments
// dropped, quoted arguments unquoted. Enough to check what the chart's nginx.conf says.
export type Directive = { name: string; args: string[]; block?: Directive[] };

const TOKEN = /\s*(?:#[^\n]*|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{};])|([^\s{};"'#]+))/y;

export const parseNginx = (text: string): Directive[] => {
  const tokens: Array<{ word?: string; punct?: string }> = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) {
      if (/^\s*$/.test(text.slice(start))) break;
      throw new Error(`nginx.conf: cannot read ${JSON.stringify(text.slice(start, start + 20))}`);
    }
    if (m[1] !== undefined || m[2] !== undefined) tokens.push({ word: m[1] ?? m[2] });
    else if (m[3]) tokens.push({ punct: m[3] });
    else if (m[4]) tokens.push({ word: m[4] });
  }
  let i = 0;
  const block = (nested: boolean): Directive[] => {
    const out: Directive[] = [];
    while (i < tokens.length) {
      const t = tokens[i++];
      if (t.punct === '}') {
        if (!nested) throw new Error('nginx.conf: unbalanced }');
        return out;
      }
      if (t.word === undefined) throw new Error(`nginx.conf: unexpected ${t.punct}`);
      const d: Directive = { name: t.word, args: [] };
      for (;;) {
        const a = tokens[i++];
        if (!a) throw new Error(`nginx.conf: ${d.name} is not terminated`);
        if (a.word !== undefined) d.args.push(a.word);
        else if (a.punct === ';') break;
        else if (a.punct === '{') {
          d.block = block(true);
          break;
        } else throw new Error(`nginx.conf: unexpected } in ${d.name}`);
      }
      out.push(d);
    }
    if (nested) throw new Error('nginx.conf: missing }');
    return out;
  };
  return block(false);
};

export const find = (ds: Directive[] | undefined, name: string): Directive[] =>
  (ds ?? []).filter((d) => d.name === name);

// Every directive anywhere in the tree.
export const all = (ds: Directive[]): Directive[] => ds.flatMap((d) => [d, ...all(d.block ?? [])]);
