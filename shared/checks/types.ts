import type { NarrativeSectionKey } from '../formats/types';
import type { RuleId, Severity } from './rules';

export interface BlockRef {
  section: NarrativeSectionKey;
  index: number;
}

export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  /** the cells involved, the one to correct first */
  cells: string[];
  /** narrative blocks involved, for rules that read the text */
  blocks?: BlockRef[];
  message: string;
  expected?: number | null;
  actual?: number | null;
  /** stable identity across edits, used to acknowledge a warning */
  key: string;
}
