/**
 * The DOCX's own styles.xml: the paragraph styles the export uses and nothing else (docx's defaults list some
 * thirty styles a report never uses). Headings are real styles with outline levels, so Word's and WPS's
 * 导航窗格 and a table of contents find them; the names are the ones a Chinese office user would look for.
 */
import { charPitchPt, letterSpacingPt, type FontRole, type LayoutProfile } from '../../../shared/layout';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const pt20 = (pt: number): number => Math.round(pt * 20);

export const STYLE = {
  body: 'a',
  title: 'NbTitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
  table: 'NbTable',
  signoff: 'NbSignoff',
  caption: 'NbCaption',
  header: 'NbHeader',
  footer: 'NbFooter',
} as const;

/** The Chinese names shown in Word's and WPS's style lists. */
export const STYLE_NAMES: Readonly<Record<keyof typeof STYLE, string>> = {
  body: '正文',
  title: '文件标题',
  heading1: '一级标题',
  heading2: '二级标题',
  heading3: '三级标题',
  heading4: '四级标题',
  table: '表格文字',
  signoff: '落款',
  caption: '图题',
  header: '页眉',
  footer: '页脚',
};

export function fontsXml(p: LayoutProfile, role: FontRole): string {
  const digits = p.fonts.digits[0] ?? 'Times New Roman';
  return `<w:rFonts w:ascii="${esc(digits)}" w:hAnsi="${esc(digits)}" w:eastAsia="${esc(p.fonts[role][0] ?? '宋体')}" w:cs="${esc(digits)}" w:hint="eastAsia"/>`;
}

interface StyleSpec {
  key: keyof typeof STYLE;
  role: FontRole;
  sizePt: number;
  bold?: boolean;
  outline?: number;
  keepNext?: boolean;
  /** paragraph properties beyond the defaults */
  pPr?: string;
}

export function stylesXml(p: LayoutProfile): string {
  // 28 characters a line through character spacing rather than by snapping to the document grid, which
  // LibreOffice renders with two cells for each 16 pt character of a 15.8 pt grid.
  const bodySpacing = Math.round(letterSpacingPt(p) * 20);
  const line = `<w:spacing w:before="0" w:after="0" w:line="${pt20(p.linePitchPt)}" w:lineRule="exact"/>`;
  const indent = `<w:ind w:firstLine="${pt20(2 * charPitchPt(p))}"/>`;
  const specs: StyleSpec[] = [
    {
      key: 'title',
      role: 'title',
      sizePt: p.sizesPt.title,
      pPr: `<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${pt20(p.sizesPt.titleLine)}" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>`,
    },
    { key: 'heading1', role: 'heading1', sizePt: p.sizesPt.body, outline: 0, keepNext: true },
    { key: 'heading2', role: 'heading2', sizePt: p.sizesPt.body, outline: 1, keepNext: true, bold: p.heading2Bold },
    { key: 'heading3', role: 'heading3', sizePt: p.sizesPt.body, outline: 2, keepNext: true, bold: true },
    { key: 'heading4', role: 'body', sizePt: p.sizesPt.body, outline: 3, keepNext: true },
    {
      key: 'table',
      role: 'table',
      sizePt: p.sizesPt.tableNormal,
      pPr: '<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>',
    },
    { key: 'signoff', role: 'body', sizePt: p.sizesPt.body, pPr: '<w:keepNext/><w:keepLines/><w:ind w:firstLine="0"/><w:jc w:val="right"/>' },
    { key: 'caption', role: 'body', sizePt: p.sizesPt.body, pPr: '<w:ind w:firstLine="0"/><w:jc w:val="center"/>' },
    {
      key: 'header',
      role: 'heading1',
      sizePt: p.sizesPt.body,
      pPr: '<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>',
    },
    {
      key: 'footer',
      role: 'pageNumber',
      sizePt: p.sizesPt.pageNumber,
      pPr: `<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${pt20(p.sizesPt.pageNumber)}" w:lineRule="exact"/><w:ind w:firstLine="0"/>`,
    },
  ];
  const styles = specs.map(
    (s) =>
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${STYLE[s.key]}"><w:name w:val="${STYLE_NAMES[s.key]}"/><w:basedOn w:val="${STYLE.body}"/><w:next w:val="${STYLE.body}"/><w:qFormat/><w:pPr>${s.keepNext ? '<w:keepNext/><w:keepLines/>' : ''}${s.pPr ?? ''}${s.outline === undefined ? '' : `<w:outlineLvl w:val="${s.outline}"/>`}</w:pPr><w:rPr>${fontsXml(p, s.role)}${s.bold ? '<w:b/><w:bCs/>' : ''}${s.key === 'table' || s.key === 'title' || s.key === 'footer' || s.key === 'header' ? '<w:spacing w:val="0"/>' : ''}<w:sz w:val="${Math.round(s.sizePt * 2)}"/><w:szCs w:val="${Math.round(s.sizePt * 2)}"/></w:rPr></w:style>`,
  );
  // No hanging punctuation and no automatic space between Chinese and Latin/digits: Chromium does neither, and
  // lines must break at the same characters in the PDF and in Word/WPS/LibreOffice (which reads them from the style).
  const noHang = '<w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr>${fontsXml(p, 'body')}<w:kern w:val="2"/><w:sz w:val="${p.sizesPt.body * 2}"/><w:szCs w:val="${p.sizesPt.body * 2}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/>${noHang}${line}${indent}<w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="${STYLE.body}"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/>${noHang}<w:snapToGrid w:val="0"/></w:pPr><w:rPr>${fontsXml(p, 'body')}<w:spacing w:val="${bodySpacing}"/><w:sz w:val="${p.sizesPt.body * 2}"/><w:szCs w:val="${p.sizesPt.body * 2}"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>${styles.join('')}</w:styles>`;
}

/**
 * The styles part without the styles nothing uses: docx writes its defaults (Title, Heading 5, TOC 1–9, Hyperlink
 * …) next to ours, and a user opening the style list should find the report's styles, not a library's.
 */
export function pruneStyles(files: Record<string, Uint8Array>): void {
  const stylesPart = files['word/styles.xml'];
  if (!stylesPart) return;
  const decoder = new TextDecoder();
  const used = new Set(['a', 'DefaultParagraphFont', 'TableNormal']);
  for (const [name, data] of Object.entries(files)) {
    if (!/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) continue;
    for (const m of decoder.decode(data).matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"\/>/g)) if (m[1]) used.add(m[1]);
  }
  const xml = decoder.decode(stylesPart);
  const kept = xml.replace(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g, (style, id: string) => (used.has(id) ? style : ''));
  files['word/styles.xml'] = new TextEncoder().encode(kept);
}

/** Punctuation keeps its full width (Word's 不压缩): Chromium never compresses it, and lines must break alike. */
export function settingsWithoutCompression(files: Record<string, Uint8Array>): void {
  const part = files['word/settings.xml'];
  if (!part) return;
  const xml = new TextDecoder().decode(part);
  if (xml.includes('characterSpacingControl')) return;
  files['word/settings.xml'] = new TextEncoder().encode(xml.replace('<w:compat>', '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>'));
}
