/**
 * Text similarity for 内容雷同 (X5): the Dice coefficient over character bigrams, after removing digits and
 * spaces so that changing only the year and the figures still counts as copied text.
 */
function bigrams(text: string): Map<string, number> {
  const s = text.replace(/[\s\d０-９]/g, '');
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export function textSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let nx = 0;
  let ny = 0;
  let both = 0;
  for (const c of x.values()) nx += c;
  for (const [g, c] of y) {
    ny += c;
    const d = x.get(g);
    if (d) both += Math.min(c, d);
  }
  return nx + ny === 0 ? 0 : (2 * both) / (nx + ny);
}
