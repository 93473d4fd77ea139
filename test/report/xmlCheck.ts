/** A strict-enough well-formedness check for the SVG we write: tags balance, entities are known. */
export function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<!doctype[^>]*>/gi;
  let last = 0;
  for (const m of xml.matchAll(tag)) {
    const between = xml.slice(last, m.index);
    if (/[<>]/.test(between)) throw new Error(`stray < or > near ${JSON.stringify(xml.slice(last, last + 80))}`);
    const bad = /&(?!(amp|lt|gt|quot|apos|#\d+);)/.exec(between);
    if (bad) throw new Error(`unescaped & near ${JSON.stringify(between.slice(bad.index, bad.index + 40))}`);
    last = m.index! + m[0].length;
    if (!m[2]) continue;
    if (m[1]) {
      const open = stack.pop();
      if (open !== m[2]) throw new Error(`</${m[2]}> closes <${open}>`);
    } else if (!m[4]) stack.push(m[2]);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
}
