/**
 * What the editor can export, with each kind's file extension, the words of its save dialog, and whether its pages
 * carry the official layout's 草稿 stamp (the Word and PDF files, and the PDF inside the 数据包).
 */
export const EXPORT_KINDS = {
  docx: { extension: 'docx', suffix: '', title: '导出 Word 文档', filter: 'Word 文档', stamped: true },
  pdf: { extension: 'pdf', suffix: '', title: '导出 PDF', filter: 'PDF 文件', stamped: true },
  html: { extension: 'html', suffix: '', title: '导出网页版', filter: '网页', stamped: false },
  'graphic-png': { extension: 'png', suffix: '（图解）', title: '导出图解（PNG 图片）', filter: 'PNG 图片', stamped: false },
  'graphic-pdf': { extension: 'pdf', suffix: '（图解）', title: '导出图解（PDF）', filter: 'PDF 文件', stamped: false },
  // kirogov-package/1.0: the receiving system takes a package by the ending .kirogov.zip
  kirogov: { extension: 'zip', suffix: '.kirogov', title: '导出报送数据包（kirogov）', filter: 'kirogov 数据包', stamped: true },
} as const;

export type ExportKind = keyof typeof EXPORT_KINDS;

export const EXPORT_KIND_IDS = Object.keys(EXPORT_KINDS) as [ExportKind, ...ExportKind[]];

/** Every file the app saves through a dialog: the report's exports and the 审核 page's 问题清单 workbook. */
export const SAVE_DIALOGS = {
  ...EXPORT_KINDS,
  xlsx: { extension: 'xlsx', suffix: '', title: '导出 Excel 工作簿', filter: 'Excel 工作簿' },
} as const;
