/** The 问题清单 as a printable page (A4 landscape), for the PDF a reviewing office files or sends back. */
import { RULES, SEVERITY_LABEL } from '../../../shared/checks';
import { reviewSummary, type ReviewEntry } from '../../../shared/review';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function issuesHtml(entries: readonly ReviewEntry[], title: string, missing: readonly string[] = []): string {
  const s = reviewSummary(entries);
  const rows: string[] = [];
  for (const e of entries) {
    if (!e.imported) {
      rows.push(`<tr class="bad"><td>—</td><td></td><td>无法导入</td><td></td><td>${esc(e.importError)}</td></tr>`);
      continue;
    }
    for (const d of e.diagnostics.filter((x) => x.severity !== 'info')) {
      rows.push(
        `<tr class="${d.severity}"><td>${esc(e.agency)}</td><td>${e.year}</td><td>${SEVERITY_LABEL[d.severity]}</td><td>${d.rule} ${esc(RULES[d.rule].name)}</td><td>${esc(d.message)}</td></tr>`,
      );
    }
  }
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
@page { size: A4 landscape; margin: 15mm; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 10.5pt; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4mm; }
p.meta { margin: 0 0 4mm; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 1px solid #555; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th { background: #eee; }
tr.error td:nth-child(3), tr.bad td:nth-child(3) { color: #b71c1c; font-weight: bold; }
td:nth-child(2) { white-space: nowrap; }
</style></head><body>
<h1>${esc(title)}</h1>
<p class="meta">共 ${s.files} 个文件，导入 ${s.imported} 份报告，其中 ${s.withErrors} 份有错误${s.files > s.imported ? `，${s.files - s.imported} 个文件无法导入` : ''}。${missing.length ? `未报送单位：${missing.map(esc).join('、')}。` : ''}</p>
<table><thead><tr><th style="width:18%">机关</th><th style="width:6%">年度</th><th style="width:8%">级别</th><th style="width:16%">规则</th><th>说明</th></tr></thead>
<tbody>${rows.join('\n') || '<tr><td colspan="5">没有发现问题。</td></tr>'}</tbody></table>
</body></html>`;
}
