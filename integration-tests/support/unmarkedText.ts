import type { Page } from '@playwright/test';
import type { Unmarked } from './pseudoLocale';

/** Attribute set on the elements that hold the plugin's part of the page. */
export const ROOT_ATTR = 'data-plugin-content';

/**
 * Marks the plugin's part of the page: the children of <main> after the shell's own header (the
 * project bar on a plugin page; breadcrumbs, title and tabs on a details page).
 */
export const markPluginContent = (page: Page): Promise<number> =>
  page.evaluate((attr) => {
    const main = document.querySelector('main');
    if (!main) return 0;
    const kids = [...main.children];
    const shellEnd = kids.reduce(
      (last, el, i) =>
        el.matches('[role="tablist"], .pf-v6-c-tabs') ||
        el.querySelector('[role="tablist"]') ||
        (i === 0 && /^Project:/.test((el as HTMLElement).innerText))
          ? i
          : last,
      -1,
    );
    kids.forEach((el, i) => (i > shellEnd ? el.setAttribute(attr, '') : el.removeAttribute(attr)));
    return kids.length - shellEnd - 1;
  }, ROOT_ATTR);

/**
 * The visible text of the plugin's part of the page that lies outside `[[` `]]` markers. Code
 * (pre, code, kbd, samp) is not prose and is left out. Markers are counted in hidden text too,
 * since one translated string may span several elements.
 */
export const unmarkedText = async (page: Page): Promise<Unmarked[]> => {
  if (!(await markPluginContent(page))) {
    return [{ where: 'main', text: '', outside: 'no plugin content found' }];
  }
  return page.evaluate(
    ([attr, open, close]) => {
      const visible = (el: Element): boolean => {
        const style = getComputedStyle(el);
        return (
          style.visibility !== 'hidden' &&
          style.display !== 'none' &&
          el.getClientRects().length > 0
        );
      };
      const describe = (el: Element): string => {
        const parts: string[] = [];
        for (
          let e: Element | null = el;
          e && e.tagName !== 'MAIN' && parts.length < 4;
          e = e.parentElement
        ) {
          const cls = [...e.classList].find((c) => c.startsWith('pf-v6-c-')) ?? '';
          parts.unshift(`${e.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`);
        }
        return parts.join(' > ');
      };
      const found: Array<{ where: string; text: string; outside: string }> = [];
      let depth = 0;
      document.querySelectorAll(`[${attr}]`).forEach((root) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent ?? '';
          const parent = n.parentElement;
          let outside = '';
          for (let i = 0; i < text.length; i += 1) {
            if (text.startsWith(open, i)) {
              depth += 1;
              i += open.length - 1;
            } else if (text.startsWith(close, i) && depth > 0) {
              depth -= 1;
              i += close.length - 1;
            } else if (depth === 0) outside += text[i];
          }
          const counted = !!parent && visible(parent) && !parent.closest('pre, code, kbd, samp');
          if (counted && outside.trim()) {
            found.push({ where: describe(parent), text: text.trim(), outside: outside.trim() });
          }
        }
      });
      return found;
    },
    [ROOT_ATTR, '[[', ']]'],
  );
};
