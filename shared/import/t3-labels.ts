/**
 * Table 三's row labels matched against the format: the top rows, the items under each category (by label, by the
 * spellings of formats.md §9, by the label without its number), a category printed as one row, a label cut short.
 */
import type { CompiledFormat, T3RowInfo } from '../formats';
import { labelKey, unnumberedKey } from './labels';

export interface T3Index {
  top: Map<string, T3RowInfo>;
  categories: Map<string, string>;
  itemsByCategory: Map<string, T3RowInfo[]>;
}

export function t3Index(format: CompiledFormat): T3Index {
  const top = new Map<string, T3RowInfo>();
  const categories = new Map<string, string>();
  const itemsByCategory = new Map<string, T3RowInfo[]>();
  for (const r of format.t3Rows) {
    if (r.category) {
      categories.set(labelKey(r.category.label), r.category.key);
      const list = itemsByCategory.get(r.category.key) ?? [];
      list.push(r);
      itemsByCategory.set(r.category.key, list);
    } else {
      top.set(labelKey(r.printed), r);
      top.set(labelKey(r.label), r);
    }
  }
  return { top, categories, itemsByCategory };
}

function matchItem(items: readonly T3RowInfo[] | undefined, label: string): { row: T3RowInfo; alias: boolean } | null {
  if (!items) return null;
  const k = labelKey(label);
  const u = unnumberedKey(label);
  for (const r of items) if (labelKey(r.label) === k || unnumberedKey(r.label) === u) return { row: r, alias: false };
  for (const r of items) {
    const def = r.category?.items.find((i) => r.id.endsWith(`.${i.key}`));
    if (def?.aliases?.some((a) => labelKey(a) === k || unnumberedKey(a) === u)) return { row: r, alias: true };
  }
  return null;
}

export type T3Via = 'label' | 'alias' | 'category-as-row' | 'partial';

/** A row label read exactly (allowing the spellings of formats.md §9). */
export function resolveT3(idx: T3Index, leaf: string, category: string | null, hasValues: boolean): { row: T3RowInfo; via: T3Via } | null {
  const top = idx.top.get(labelKey(leaf));
  if (top) return { row: top, via: 'label' };
  const inCategory = category ? matchItem(idx.itemsByCategory.get(category), leaf) : null;
  const anywhere = inCategory ?? matchItem([...idx.itemsByCategory.values()].flat(), leaf);
  if (anywhere) return { row: anywhere.row, via: anywhere.alias ? 'alias' : 'label' };
  const asCategory = idx.categories.get(labelKey(leaf));
  const items = asCategory ? idx.itemsByCategory.get(asCategory) : undefined;
  if (asCategory && items && hasValues) {
    // A category printed as one row (the 2019 （六） in a 2021 report): its figures belong to the item "其他".
    const last = items[items.length - 1];
    if (last) return { row: last, via: 'category-as-row' };
  }
  return null;
}

/** A label cut short or cut at the front (wrapped in a narrow column): accepted only when one row fits. */
export function partialT3(idx: T3Index, leaf: string, category: string | null): { row: T3RowInfo; via: T3Via } | null {
  const u = unnumberedKey(leaf);
  if (u.length < 4) return null;
  const pool = [...new Set([...idx.top.values()])].concat(category ? (idx.itemsByCategory.get(category) ?? []) : [...idx.itemsByCategory.values()].flat());
  const fits = pool.filter((r) => {
    const full = unnumberedKey(r.printed);
    return full !== u && (full.startsWith(u) || full.endsWith(u));
  });
  const first = fits[0];
  return fits.length === 1 && first ? { row: first, via: 'partial' } : null;
}
