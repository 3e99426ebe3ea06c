import type { Page } from '@playwright/test';
import type { Unmarked } from './pseudoLocale';

/** Attribute set on the elements that hold the plugin's part of the page. */
export const ROOT_ATTR = 'data-plugin-content';

/**
 * Marks the plugin's part of the page: the children of <main> that are not the shell's own
 * header. The shell's header is the project bar (first child, "Project: ...") on a namespaced page,
 * and on a details page the part with the breadcrumb, the title and the tab bar whose first tab
 * is the shell's "Details". Tabs inside the plugin's content are the plugin's.
 */
export const markPluginContent = (page: Page): Promise<number> =>
  page.evaluate((attr) => {
    const main = document.querySelector('main');
    if (!main) return 0;
    const shell = (el: Element, i: number): boolean =>
      (i === 0 && /^Project:/.test((el as HTMLElement).innerText)) ||
      !!el.querySelector('.pf-v6-c-breadcrumb') ||
      el.querySelector('[role="tab"]')?.textContent?.trim() === 'Details';
    let count = 0;
    [...main.children].forEach((el, i) => {
      if (shell(el, i)) el.removeAttribute(attr);
      else {
        el.setAttribute(attr, '');
        count += 1;
      }
    });
    return count;
  }, ROOT_ATTR);

/**
 * The visible text of the plugin's part of the page that lies outside `[[` `]]` markers. Left
 * out: code (pre, code, kbd, samp), which is not prose, and screen-reader-only text. Markers are
 * counted in hidden text too, since one translated string may span several elements.
 */
export const unmarkedText = async (page: Page): Promise<Unmarked[]> => {
  if (!(await markPluginContent(page))) {
    return [{ where: 'main', text: '', outside: 'no plugin content found' }];
  }
  return page.evaluate(
    ([attr, open, close]) => {
      const visible = (el: Element): boolean => {
        if (el.closest('.pf-v6-screen-reader, .pf-v6-u-screen-reader, pre, code, kbd, samp')) {
          return false;
        }
        const style = getComputedStyle(el);
        return (
          style.visibility !== 'hidden' &&
          style.display !== 'none' &&
          style.clip !== 'rect(0px, 0px, 0px, 0px)' &&
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
          if (parent && visible(parent) && outside.trim()) {
            found.push({ where: describe(parent), text: text.trim(), outside: outside.trim() });
          }
        }
      });
      return found;
    },
    [ROOT_ATTR, '[[', ']]'],
  );
};
