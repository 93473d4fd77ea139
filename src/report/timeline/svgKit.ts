/** A small SVG writer: elements as strings, attributes in a fixed order, coordinates rounded. */
import { esc, num } from '../xml';

export type Attrs = Record<string, string | number | undefined>;

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`;
  }
  return out;
}

/** `<name attrs>children</name>`, or self-closed without children. */
export function el(name: string, a: Attrs, children?: string | readonly string[]): string {
  const inner = Array.isArray(children) ? children.join('') : (children as string | undefined);
  return inner === undefined || inner === '' ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${inner}</${name}>`;
}

/** A tooltip: shown on hover when the SVG is inline, and read by screen readers. */
export function title(text: string): string {
  return `<title>${esc(text)}</title>`;
}

/** A text element; `tooltip` adds a title shown on hover. */
export function text(x: number, y: number, content: string, a: Attrs = {}, tooltip?: string): string {
  return el('text', { x, y, ...a }, esc(content) + (tooltip === undefined ? '' : title(tooltip)));
}
