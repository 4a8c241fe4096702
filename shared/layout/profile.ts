/**
 * The page layout as data (spec/layout.md §3, GB/T 9704-2012): one profile drives the print HTML (preview and PDF)
 * and the DOCX, so both print the same page. Fonts and line pitch are settings because provinces differ
 * (Jiangsu uses 方正仿宋_GBK at 28 pt).
 */

export type FontRole = 'title' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'table' | 'note' | 'pageNumber' | 'digits';

export interface LayoutProfile {
  id: string;
  name: string;
  page: { widthMm: number; heightMm: number; topMm: number; bottomMm: number; leftMm: number; rightMm: number };
  /** font families by role, first choice first; the last entries are stand-ins found on Linux */
  fonts: Readonly<Record<FontRole, readonly string[]>>;
  sizesPt: { title: number; titleLine: number; body: number; pageNumber: number; tableSmall: number; tableNormal: number };
  /** fixed line pitch of the body: 225 mm / 22 lines */
  linePitchPt: number;
  /** the title is split into agency and "YYYY年政府信息公开工作年度报告" lines when longer than this */
  titleSplitChars: number;
  heading2Bold: boolean;
  /** table 三: label columns c1–c3 in mm, then each applicant column */
  t3ColumnsMm: readonly number[];
  /** the page number's 一字线 sits this far below the text block */
  pageNumberGapMm: number;
  /** border width of table rules */
  tableBorderPt: number;
}

/**
 * Stand-ins come last: TrueType faces first (AR PL UMing, WenQuanYi Zen Hei, AR PL UKai), because Chromium embeds
 * those as real fonts, while the CFF-based Noto CJK collections end up as Type 3 fonts in the PDF.
 */
const FANGSONG = ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', '方正仿宋_GBK', 'AR PL UMing CN', 'Noto Serif CJK SC'];
const SONG = ['宋体', 'SimSun', 'AR PL UMing CN', 'Noto Serif CJK SC'];
const KAI = ['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti', '方正楷体_GBK', 'AR PL UKai CN'];

export const GBT9704: LayoutProfile = {
  id: 'gbt9704',
  name: 'GB/T 9704-2012 公文格式（每页22行）',
  page: { widthMm: 210, heightMm: 297, topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 },
  fonts: {
    title: ['方正小标宋简体', '方正小标宋_GBK', '华文中宋', 'STZhongsong', ...SONG],
    body: FANGSONG,
    heading1: ['黑体', 'SimHei', '方正黑体_GBK', 'WenQuanYi Zen Hei', 'Noto Sans CJK SC'],
    heading2: KAI,
    heading3: FANGSONG,
    table: SONG,
    note: KAI,
    pageNumber: SONG,
    digits: ['Times New Roman', 'Liberation Serif', 'DejaVu Serif'],
  },
  sizesPt: { title: 22, titleLine: 35, body: 16, pageNumber: 14, tableSmall: 9, tableNormal: 10.5 },
  linePitchPt: 28.95,
  titleSplitChars: 20,
  heading2Bold: false,
  t3ColumnsMm: [8, 20, 48, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4, 11.4],
  pageNumberGapMm: 7,
  tableBorderPt: 0.5,
};

/** The Jiangsu practice measured in published PDFs: 方正仿宋_GBK, 28 pt pitch (about 25 lines a page). */
export const JIANGSU: LayoutProfile = {
  ...GBT9704,
  id: 'jiangsu',
  name: '江苏常用（方正仿宋_GBK，行距28磅）',
  fonts: { ...GBT9704.fonts, body: ['方正仿宋_GBK', ...FANGSONG], heading3: ['方正仿宋_GBK', ...FANGSONG] },
  linePitchPt: 28,
};

export const LAYOUT_PROFILES: readonly LayoutProfile[] = [GBT9704, JIANGSU];

export const MM_PER_PT = 25.4 / 72;

/** The text block width in mm (156 for GB/T 9704). */
export function textWidthMm(p: LayoutProfile): number {
  return p.page.widthMm - p.page.leftMm - p.page.rightMm;
}

/** Title lines: one line, or agency and "YYYY年政府信息公开工作年度报告" when long (layout.md §3). */
export function titleLines(title: string, agency: string, p: LayoutProfile): string[] {
  if (title.length <= p.titleSplitChars) return [title];
  if (title.startsWith(agency) && title.length > agency.length) return [agency, title.slice(agency.length)];
  const m = /^(.*?)(\d{4}年.*)$/.exec(title);
  return m?.[1] && m[2] ? [m[1], m[2]] : [title];
}

/** 落款 date: arabic numerals, no zero padding (GB/T 9704 §7.3.5). */
export function signoffDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
