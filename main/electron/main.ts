/** Entry of the Electron main process (bundled to out/main.cjs). */
import * as electron from 'electron';
import { startApp } from './app';
import type { ElectronDeps } from './deps';

const deps: ElectronDeps = electron;
void startApp(deps, { outDir: __dirname }).catch((e: unknown) => {
  // The stack is for a developer's terminal; the user gets one sentence.
  console.error(e);
  electron.dialog.showErrorBox('年报编制助手出错', `程序未能启动（${e instanceof Error ? e.name : '未知错误'}）；请重新启动，仍不行时请重新安装本程序`);
  electron.app.exit(1);
});
