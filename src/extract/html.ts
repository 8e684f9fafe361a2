// HTML to text with htmlparser2 (a maintained parser, not regexes): block elements become
// line breaks, scripts, styles and navigation are dropped, entities are decoded.
import { Parser } from 'htmlparser2';

const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'caption']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'head', 'button', 'select', 'form']);

export function looksLikeHtml(s: string): boolean {
  const lt = s.indexOf('<');
  if (lt < 0 || lt >= 2000) return false;
  const head = s.slice(lt, 2000).toLowerCase();
  return /<(?:!doctype html|html|body|div|p|article|span|br|table)[\s>/]/.test(head);
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  const parser = new Parser({
    onopentag(name) {
      if (SKIP.has(name)) skipDepth++;
      else if (BLOCK.has(name)) out.push('\n');
    },
    ontext(text) {
      if (skipDepth === 0) out.push(text);
    },
    onclosetag(name) {
      if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
      else if (BLOCK.has(name)) out.push('\n');
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  return out.join('').replace(/[ \t\u00A0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
