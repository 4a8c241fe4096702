/**
 * The shape of an official report format, held as data. Everything that prints, checks or reads a label
 * (editor, checks, exporters, importers) goes through a FormatDefinition, so each label is spelled once.
 */

/** The official formats, newest first: the one list the report schema and every consumer derive from. */
export const FORMAT_IDS = ['gip-2021', 'gip-2019'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** How a cell's value is typed and validated. */
export type ValueKind =
  /** a count of items: integer ≥ 0 */
  | 'count'
  /** 2019 本年增/减: an integer that may be negative */
  | 'signed'
  /** 本年收费金额（单位：万元）: decimal ≥ 0 with at most 4 decimals */
  | 'wan'
  /** 2019 采购总金额: decimal ≥ 0 whose unit (元/万元) is recorded beside it */
  | 'amount';

/** The report's narrative parts in printed order: the 前言 and the three narrative sections. Listed once. */
export const NARRATIVE_KEYS = ['preface', 'overview', 'problems', 'other'] as const;
export type NarrativeSectionKey = (typeof NARRATIVE_KEYS)[number];
/** The three tables, in the order every format prints them. */
/**
 * Whose report it is: a department's, or a 人民政府's, which has extra duties (checks F4, G3) and its own deadline
 * in some profiles. Listed here, below the model and the profiles, which both name it.
 */
export const AGENCY_KINDS = ['department', 'government'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const TABLE_KEYS = ['t2', 't3', 't4'] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

export interface NarrativeSectionDef {
  kind: 'narrative';
  key: Exclude<NarrativeSectionKey, 'preface'>;
  title: string;
  /** non-standard titles seen in published reports, recognised on import and flagged */
  titleVariants: readonly string[];
}

export interface TableSectionDef {
  kind: 'table';
  key: TableKey;
  title: string;
  titleVariants: readonly string[];
}

export type SectionDef = NarrativeSectionDef | TableSectionDef;

export interface ColumnDef {
  key: string;
  label: string;
  kind?: ValueKind;
}

export interface RowDef {
  key: string;
  label: string;
  /** misprints seen in published reports that mean this row (never printed by us) */
  aliases?: readonly string[];
}

/** One 第二十条第（X）项 block of table 二. */
export interface T2BlockDef {
  heading: string;
  columns: readonly ColumnDef[];
  rows: readonly RowDef[];
}

export interface T2Def {
  /** the header label of the row-label column in every block */
  contentLabel: string;
  blocks: readonly T2BlockDef[];
}

/** A row of table 三 that holds numbers. */
export interface T3LeafRow {
  key: string;
  label: string;
  /** the part of the label printed as a note (楷体), appended to label when printed */
  note?: string;
  aliases?: readonly string[];
}

/** A category of outcome rows (（三）不予公开 …) with numbered sub-items. */
export interface T3CategoryRow {
  key: string;
  label: string;
  items: readonly T3LeafRow[];
}

export interface T3Def {
  /** the 勾稽 note printed in the top-left header cell */
  balanceNote: string;
  applicantsLabel: string;
  organisationsLabel: string;
  columns: readonly (ColumnDef & { organisation?: boolean })[];
  /** 一、本年新收 and 二、上年结转 */
  intake: readonly T3LeafRow[];
  /** 三、本年度办理结果, printed vertically */
  outcomeLabel: string;
  outcomes: readonly (T3LeafRow | T3CategoryRow)[];
  /** （七）总计 */
  total: T3LeafRow;
  /** 四、结转下年度继续办理 */
  forward: T3LeafRow;
}

export interface T4Def {
  reviewLabel: string;
  suitLabel: string;
  groups: readonly { key: string; label: string; parent?: 'suit' }[];
  outcomes: readonly ColumnDef[];
}

export interface OverviewAspect {
  key: string;
  /** the aspect as named by the format */
  label: string;
  /** the default sub-heading the editor starts 一 with */
  heading: string;
  /** words whose presence in 一 shows the aspect is covered */
  evidence: readonly string[];
  /** only people's governments must cover it (条例第五十条第（四）项) */
  governmentOnly?: boolean;
}

export interface FormatDefinition {
  id: FormatId;
  name: string;
  /** the name in a list's narrow column: "2021年版格式" */
  shortName: string;
  /** the notice that issued the format */
  source: string;
  /** first and last reporting year the format applies to (null: still current) */
  years: { from: number; to: number | null };
  sections: readonly SectionDef[];
  t2: T2Def;
  t3: T3Def;
  t4: T4Def;
  overviewAspects: readonly OverviewAspect[];
}
