import { GIP_2019 } from './gip2019';
import { GIP_2021 } from './gip2021';
import { compileFormat, type CompiledFormat } from './layout-model';
import type { FormatDefinition, FormatId } from './types';

export * from './types';
export * from './layout-model';
export * from './grid-parts';

export const FORMAT_DEFINITIONS: Readonly<Record<FormatId, FormatDefinition>> = {
  'gip-2021': GIP_2021,
  'gip-2019': GIP_2019,
};

const compiled = new Map<FormatId, CompiledFormat>();

/** The compiled form of a format, built once and shared. */
export function getFormat(id: FormatId): CompiledFormat {
  let f = compiled.get(id);
  if (!f) {
    f = compileFormat(FORMAT_DEFINITIONS[id]);
    compiled.set(id, f);
  }
  return f;
}

/** What a part of the report is called in messages and lists: the format's title, 前言 for the untitled opening. */
export function partTitle(id: FormatId, key: string): string {
  if (key === 'preface') return '前言';
  return FORMAT_DEFINITIONS[id].sections.find((s) => s.key === key)?.title ?? key;
}

/** The format an agency must use for a given reporting year (2021 on: the 2021 format). */
export function formatForYear(year: number): FormatId {
  return year >= GIP_2021.years.from ? 'gip-2021' : 'gip-2019';
}
