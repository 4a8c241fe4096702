/** Entry of the Electron main process (bundled to out/main.cjs). */
import * as electron from 'electron';
import { startApp } from './app';
import type { ElectronDeps } from './deps';

const deps: ElectronDeps = electron;
void startApp(deps, { outDir: __dirname }).catch((e: unknown) => {
  electron.dialog.showErrorBox('年报编制助手出错', e instanceof Error ? (e.stack ?? e.message) : String(e));
  electron.app.exit(1);
});
