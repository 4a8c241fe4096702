/** The register files the 台账 page imports and 从台账统计 counts, as a file input picks them. */
import type { ChangeEvent } from 'react';
import { REGISTER_FILE_EXTENSIONS } from '../../../shared/tally';

export const REGISTER_FILE_TYPES = REGISTER_FILE_EXTENSIONS.join(',');

/** The file picked, with the input cleared so that picking the same file again is seen as a change. */
export function takePickedFile(e: ChangeEvent<HTMLInputElement>): File | undefined {
  const f = e.currentTarget.files?.[0];
  e.currentTarget.value = '';
  return f;
}
