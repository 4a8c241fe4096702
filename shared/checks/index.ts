export * from './rules';
export * from './types';
export { CheckSession, checkReport, type CheckOptions } from './session';
export { t3Categories, t3GroupTotal, t3RowTotal } from './table-rules';
export { findFigures, quotedFigures, type QuotedFigure } from './text-figures';
export { textSimilarity } from './similarity';
export { draftClause, draftReasons, isDraft, missingFigures, type DraftReasons } from './draft';
export { autoTotals } from './auto-totals';
export { isAcknowledged, isBlank, publishedCounts, summarize, unconfirmedPersonal, type Acknowledged, type DiagnosticSummary } from './summary';
