import type { NarrativeSectionKey } from '../formats/types';
import type { RuleId, Severity } from './rules';

export interface BlockRef {
  section: NarrativeSectionKey;
  index: number;
}

/** The words a diagnostic is about: character offsets into the block's text (blockText), end exclusive. */
export interface TextSpan extends BlockRef {
  start: number;
  end: number;
}

export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  /** the cells involved, the one to correct first */
  cells: string[];
  /** narrative blocks involved, for rules that read the text */
  blocks?: BlockRef[];
  /** the words involved, for the editor to highlight and scroll to */
  spans?: TextSpan[];
  message: string;
  expected?: number | null;
  actual?: number | null;
  /** stable identity across edits, used to acknowledge a warning */
  key: string;
}
