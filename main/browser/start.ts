/**
 * `npm run app:browser`: opens the built renderer (rebuilt first only when a source is newer, main/build/out-freshness.ts) in the system's Chromium with the
 * real services, and prints the DevTools endpoint for automation. Data folder: NIANBAO_DATA_DIR or ./.nianbao-data.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../services/errors';
import { openBrowserApp } from './bridge';

const root = resolve(import.meta.dirname, '..', '..');
const dataDir = process.env.NIANBAO_DATA_DIR || join(root, '.nianbao-data');
const exportDir = process.env.NIANBAO_EXPORT_DIR || join(dataDir, 'exports');
mkdirSync(exportDir, { recursive: true });
const port = Number(process.env.NIANBAO_DEVTOOLS_PORT || 9222);
const app = await openBrowserApp({
  dataDir,
  exportDir,
  rendererDir: join(root, 'out', 'renderer'),
  headless: process.env.NIANBAO_HEADLESS === '1' || !process.env.DISPLAY,
  devtoolsPort: port,
}).catch((e: unknown) => {
  // No browser, or an unusable data folder: one sentence, not a stack.
  process.stderr.write(`${e instanceof UserError ? e.message : `浏览器模式未能启动（${(e as NodeJS.ErrnoException).code ?? (e as Error).name}）`}\n`);
  process.exit(1);
});
console.log(`年报编制助手（浏览器模式）：${app.url}`);
console.log(`DevTools 端点：http://127.0.0.1:${port}（chromium.connectOverCDP 可连接）`);
console.log(`数据文件夹：${dataDir}；导出到：${exportDir}`);
const stop = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
app.browser.on('disconnected', () => void stop());
