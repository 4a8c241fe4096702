/**
 * `npx tsx test/tools/sample-register.ts`: writes test/fixtures/tally/示例台账.xlsx, the sample register the README
 * points users to — the app's own .xlsx export of a made-up office's 2025 register (applications received in 2024
 * and still open, answered next January, every outcome group, a 补正 pause, an extension, three cases).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { registerWorkbook } from '../../main/services/tally/register-services';
import { emptyBook, type BookApplication } from '../../shared/tally';

let n = 0;
function a(received: string, applicantType: string, answered: string | null, outcome: string, more: Partial<BookApplication> = {}): BookApplication {
  n++;
  const year = received.slice(0, 4);
  return {
    id: `s${n}`,
    number: `${year}-${String(n).padStart(3, '0')}`,
    received,
    applicantType,
    content: '',
    extended: false,
    pausedDays: 0,
    pauseStart: null,
    pauseEnd: null,
    answered,
    outcome,
    reason: '',
    ...more,
  };
}

const book = emptyBook('某市某区示例局', 2025);
book.applications.push(
  a('2024-12-16', '自然人', '2025-01-08', '（一）予以公开', { content: '2024年度老旧小区改造计划' }),
  a('2024-12-27', '商业企业', '2025-01-22', '（二）部分公开', { content: '招标文件及评标结果', extended: false }),
  a('2025-01-06', '自然人', '2025-01-20', '（一）予以公开', { content: '某路段拓宽工程批复' }),
  a('2025-02-10', '自然人', '2025-03-04', '（三）不予公开：属于国家秘密', { content: '应急预案（涉密）' }),
  a('2025-03-03', '法律服务机构', '2025-03-26', '（四）无法提供：本机关不掌握相关政府信息', { content: '某企业行政处罚决定' }),
  a('2025-03-18', '自然人', '2025-04-30', '（一）予以公开', {
    content: '征收补偿方案',
    pauseStart: '2025-03-25',
    pauseEnd: '2025-04-08',
    reason: '补正后答复',
  }),
  a('2025-04-07', '科研机构', '2025-05-19', '（二）部分公开', { content: '环境监测数据', extended: true }),
  a('2025-05-12', '自然人', '2025-05-23', '（五）不予处理：信访举报投诉类申请', { content: '反映物业问题' }),
  a('2025-06-02', '自然人', '2025-06-13', '（五）不予处理：重复申请', { content: '同上' }),
  a('2025-06-16', '商业企业', '2025-07-08', '（三）不予公开：保护第三方合法权益', { content: '某公司财务资料' }),
  a('2025-07-21', '社会公益组织', '2025-08-11', '（一）予以公开', { content: '慈善项目审批情况' }),
  a('2025-08-04', '自然人', '2025-08-26', '（六）其他处理：申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', { content: '内容不明确' }),
  a('2025-09-15', '其他', '2025-10-17', '（四）无法提供：没有现成信息需要另行制作', { content: '统计分析报告' }),
  a('2025-10-20', '自然人', '2025-11-10', '（一）予以公开', { content: '学校划片范围' }),
  a('2025-12-08', '自然人', '2026-01-06', '（一）予以公开', { content: '年度预算执行情况' }),
  a('2025-12-22', '商业企业', null, '', { content: '规划许可附图' }),
);
book.cases.push(
  { id: 'c1', number: '2025复01', kind: '行政复议', afterReview: false, received: '2025-04-10', result: '维持', resultDate: '2025-06-05' },
  { id: 'c2', number: '2025诉01', kind: '行政诉讼', afterReview: true, received: '2025-07-01', result: '', resultDate: null },
  { id: 'c3', number: '2025复02', kind: '行政复议', afterReview: false, received: '2025-11-03', result: '纠正', resultDate: '2026-01-09' },
);

const out = fileURLToPath(new URL('../fixtures/tally/示例台账.xlsx', import.meta.url));
writeFileSync(out, await registerWorkbook(book));
console.log(`wrote ${out}: ${book.applications.length} applications, ${book.cases.length} cases`);
