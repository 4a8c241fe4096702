/**
 * Part of `npm run bench:export`: the 网页版 (target ≤ 50 ms) and the 图解 as PNG with the browser warm (≤ 1 s),
 * median of several runs on the full report 淮安市人民政府 2024 (the 图解 with 2023 of 洪泽区 as a trend).
 */
import { ChromiumPdfPrinter } from '../../main/services/export/chromium-printer';
import { buildGraphic, graphicHtml } from '../../shared/publish/graphic';
import { webPageHtml } from '../../shared/publish/web-page';
import { loadFixture } from '../helpers/reports';
import { median, row, timeAsync } from './measure';

const report = loadFixture('淮安市人民政府_2024');
const htmlTimes = await timeAsync(30, async () => webPageHtml(report), 5);
const svgTimes = await timeAsync(10, async () => buildGraphic(report), 3);
const printer = new ChromiumPdfPrinter();
const withTrend = loadFixture('淮安市洪泽区人民政府_2024');
const prior = [loadFixture('淮安市洪泽区人民政府_2023')];
const pngTimes = await timeAsync(8, async () => {
  const g = buildGraphic(withTrend, prior);
  return printer.png(graphicHtml(g), g.width, g.height);
});
await printer.close();

console.log('发布基准');
console.log(row('网页版 HTML 中位数', median(htmlTimes), '≤ 50 ms'));
console.log(row('图解 SVG（ECharts 服务端渲染）中位数', median(svgTimes)));
console.log(row('图解 PNG（浏览器已启动）中位数', median(pngTimes), '≤ 1000 ms'));
