/**
 * The 前言 most reports open with (formats.md §3): basis, statistics period, where the report is published and
 * whom to contact, written from a few fields. Clauses whose fields are empty are left out.
 */
export interface PrefaceFields {
  agency: string;
  year: number;
  /** the office that compiles the report, when not the agency itself (e.g. 区政府办公室) */
  compiler?: string;
  website?: string;
  contact?: string;
  address?: string;
  postcode?: string;
  phone?: string;
}

export function prefaceText(f: PrefaceFields): string {
  const compiler = f.compiler?.trim() || f.agency;
  const parts = [
    `本报告由${compiler}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定编制。`,
    `本报告所列数据统计期限为${f.year}年1月1日至${f.year}年12月31日。`,
  ];
  if (f.website?.trim()) parts.push(`本报告电子版可在${f.website.trim()}查阅和下载。`);
  const details = [
    f.address?.trim() ? `地址：${f.address.trim()}` : '',
    f.postcode?.trim() ? `邮编：${f.postcode.trim()}` : '',
    f.phone?.trim() ? `电话：${f.phone.trim()}` : '',
  ].filter(Boolean);
  const who = f.contact?.trim() || compiler;
  if (details.length || f.contact?.trim()) parts.push(`如对本报告有疑问，请与${who}联系${details.length ? `（${details.join('，')}）` : ''}。`);
  return parts.join('');
}
