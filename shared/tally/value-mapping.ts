/**
 * Values an office writes its own way (申请人类型 “村民”, 办理结果 “已提供”) that the user maps once, in the
 * counting dialog, to an official label; kept per agency beside the header mapping. The mapped label is then read
 * as any register text is, so the mapping can only choose among the table's own rows and columns.
 */
import { z } from 'zod';

export const MAPPED_VALUE_KINDS = ['applicantType', 'outcome'] as const;
export type MappedValueKind = (typeof MAPPED_VALUE_KINDS)[number];

const entries = (label: number) =>
  z.record(z.string().max(400), z.string().max(label)).refine((m) => Object.keys(m).length <= 500, { message: '对应的值过多' });
export const valueMappingSchema = z.object({ applicantType: entries(40), outcome: entries(200) });
export type ValueMapping = z.output<typeof valueMappingSchema>;

export const NO_VALUE_MAPPING: ValueMapping = { applicantType: {}, outcome: {} };

/** A value as it is looked up: without spaces, so “已 提供” and “已提供” are one. */
export function valueKey(text: string): string {
  return text.replace(/[\s\u3000]/g, '');
}

/** The official label a value was mapped to, or the value itself. */
export function mappedValue(mapping: ValueMapping | undefined, kind: MappedValueKind, text: string): string {
  return mapping?.[kind][valueKey(text)] ?? text;
}
