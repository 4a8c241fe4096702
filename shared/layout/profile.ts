/**
 * The page layout as data (docs/spec/layout.md §3, GB/T 9704-2012): one profile drives the print HTML (preview and PDF)
 * and the DOCX, so both print the same page. Fonts and line pitch are settings because provinces differ
 * (Jiangsu uses 方正仿宋_GBK at 28 pt).
 */

export type FontRole = 'title' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'table' | 'note' | 'pageNumber' | 'digits';

/** The layouts, listed once: the check profiles name one of these (shared/profiles.ts), the CLI takes --profile ID. */
export const LAYOUT_PROFILE_IDS = ['gbt9704', 'jiangsu'] as const;
export type LayoutProfileId = (typeof LAYOUT_PROFILE_IDS)[number];

export interface LayoutProfile {
  id: LayoutProfileId;
  name: string;
  page: { widthMm: number; heightMm: number; topMm: number; bottomMm: number; leftMm: number; rightMm: number };
  /** font families by role, first choice first; the last entries are stand-ins found on Linux */
  fonts: Readonly<Record<FontRole, readonly string[]>>;
  sizesPt: { title: number; titleLine: number; body: number; pageNumber: number; tableSmall: number; tableNormal: number };
  /** fixed line pitch of the body: 225 mm / 22 lines */
  linePitchPt: number;
  /** characters on a full body line: the text width divided into this many equal cells (GB/T 9704: 28) */
  charsPerLine: number;
  heading2Bold: boolean;
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
  charsPerLine: 28,
  heading2Bold: false,
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

/** The text block height in mm (225 for GB/T 9704): what one page holds. */
export function textHeightMm(p: LayoutProfile): number {
  return p.page.heightMm - p.page.topMm - p.page.bottomMm;
}

export function textHeightPt(p: LayoutProfile): number {
  return textHeightMm(p) / MM_PER_PT;
}

/** Whole body lines a page holds (22 for both GB/T 9704's 28.95 pt and Jiangsu's 28 pt). */
export function linesPerPage(p: LayoutProfile): number {
  return Math.floor(textHeightPt(p) / p.linePitchPt);
}

/**
 * The pitch of the DOCX's document grid, in whole twips: the text block shared by linesPerPage lines. The body's
 * paragraphs keep their own exact pitch (not snapped to the grid); LibreOffice centres a grid shorter than the block
 * and leaves its ends empty (a line lost on each Jiangsu page), Word and Chromium do not.
 */
export function gridPitchTwips(p: LayoutProfile): number {
  return Math.floor((textHeightPt(p) * 20) / linesPerPage(p));
}

/** Body character pitch in pt: the text width shared by `charsPerLine` characters (15.79 pt for 16 pt text). */
export function charPitchPt(p: LayoutProfile): number {
  return textWidthMm(p) / MM_PER_PT / p.charsPerLine;
}

/**
 * Space after each body character (negative) that fits `charsPerLine` characters on a line, in whole twips so the
 * DOCX and the PDF set the very same value. Twice the bare deficit: LibreOffice's justification needs that slack
 * to take the last character, and one character more would need three times as much.
 */
export function letterSpacingPt(p: LayoutProfile): number {
  return Math.round((charPitchPt(p) - p.sizesPt.body) * 2 * 20) / 20;
}

/** Printed width in characters: CJK and full-width 1, Latin letters and digits ½. */
export function charWidth(text: string): number {
  return [...text].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.5), 0);
}

/** Unit suffixes after which an agency name may break ("…管理委员会 / 办公室"), unless a word goes on (市场). */
const UNIT_SUFFIX = /(委员会|办公室|办公厅|人民政府|政府|中心|街道|省|市|县|区|州|盟|旗|镇|乡|局|厅|委|办|署|院|部|所|站|）|\))/g;
const WORD_GOES_ON = new Set(['场', '域', '级', '门', '属', '分', '计', '托', '员', '长', '民', '内', '外', '委', '区', '县']);

/**
 * Title lines (GB/T 9704 §7.3.1: words kept whole, lines balanced): the agency and "YYYY年政府信息公开工作年度报告"
 * when both fit, else the most even split at the agency, the year or "政府信息公开", else the fewest lines that fit the text width, broken only after
 * the agency or a unit suffix, after "YYYY年" or before "政府信息公开…", as equal in length as possible.
 */
export function titleLines(title: string, agency: string, p: LayoutProfile): string[] {
  return titleLinesWithin(title, agency, Math.floor(textWidthMm(p) / MM_PER_PT / p.sizesPt.title));
}

/** The title's lines when a line holds `max` characters (the printed page, or another surface such as the 图解). */
export function titleLinesWithin(title: string, agency: string, max: number): string[] {
  if (charWidth(title) <= max) return [title];
  const canonical = new Set<number>();
  const breaks = new Set<number>();
  const at = title.indexOf(agency);
  if (agency && at >= 0) {
    if (at > 0) canonical.add(at);
    canonical.add(at + agency.length);
  }
  for (const m of title.matchAll(/\d{4}年/g)) {
    canonical.add(m.index);
    canonical.add(m.index + m[0].length);
  }
  const lead = title.indexOf('政府信息公开');
  if (lead > 0) canonical.add(lead);
  for (const m of title.matchAll(UNIT_SUFFIX)) {
    const end = m.index + m[0].length;
    if (!WORD_GOES_ON.has(title[end] ?? '')) breaks.add(end);
  }
  const fits = (cuts: number[]): boolean => cutLines(title, cuts).every((l) => charWidth(l) <= max);
  const valid = (b: number): boolean => b > 0 && b < title.length;
  // layout.md §3: the agency on the first line, "YYYY年政府信息公开工作年度报告" on the second, whenever both fit.
  const agencyEnd = at + agency.length;
  if (at >= 0 && valid(agencyEnd) && fits([agencyEnd])) return cutLines(title, [agencyEnd]);
  const two = [...canonical].filter(valid).filter((b) => fits([b]));
  if (two.length > 0) {
    const best = two.sort((a, b) => imbalance(title, [a]) - imbalance(title, [b]))[0] ?? 0;
    return cutLines(title, [best]);
  }
  const all = [...new Set([...canonical, ...breaks])].filter(valid).sort((a, b) => a - b);
  return cutLines(title, balancedCuts(title, all, max) ?? evenCuts(title, max));
}

function cutLines(title: string, cuts: readonly number[]): string[] {
  const edges = [0, ...cuts, title.length];
  return edges.slice(1).map((end, i) => title.slice(edges[i], end));
}

function imbalance(title: string, cuts: readonly number[]): number {
  const w = cutLines(title, cuts).map(charWidth);
  return Math.max(...w) - Math.min(...w);
}

/** The fewest lines that fit, then the most even: a small search over the allowed break points. */
function balancedCuts(title: string, points: readonly number[], max: number): number[] | null {
  for (let lines = 2; lines <= 5; lines++) {
    let best: number[] | null = null;
    const pick = (from: number, chosen: number[]): void => {
      if (chosen.length === lines - 1) {
        if (cutLines(title, chosen).every((l) => charWidth(l) <= max) && (!best || imbalance(title, chosen) < imbalance(title, best))) best = [...chosen];
        return;
      }
      for (let i = from; i < points.length; i++) pick(i + 1, [...chosen, points[i] ?? 0]);
    };
    pick(0, []);
    if (best) return best;
  }
  return null;
}

/** No word boundary makes it fit (a name without unit suffixes): even lines, as a last resort. */
function evenCuts(title: string, max: number): number[] {
  const lines = Math.ceil(charWidth(title) / max);
  const per = Math.ceil(title.length / lines);
  return Array.from({ length: lines - 1 }, (_, i) => per * (i + 1));
}

/** 落款 date: arabic numerals, no zero padding (GB/T 9704 §7.3.5). */
export function signoffDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
