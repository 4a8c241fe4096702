/**
 * The one IPC hub: every API method on its own prefixed channel; each call is checked for its sender (the app's
 * own window, its main frame, on the app's own page) and its payload (zod) before a service runs.
 */
import { API_METHODS, channel, type Envelope } from '../../shared/api/channels';
import { API_ARGS } from '../../shared/api/schemas';
import type { ServiceApi } from '../services/app-services';
import { UserError } from '../services/errors';
import type { IpcMainInvokeEventLike, IpcMainLike } from './deps';

export type SenderCheck = (event: IpcMainInvokeEventLike) => boolean;

export function registerIpc(ipcMain: IpcMainLike, services: ServiceApi, isTrustedSender: SenderCheck, log: (m: string) => void = () => undefined): string[] {
  const channels: string[] = [];
  for (const method of API_METHODS) {
    const name = channel(method);
    ipcMain.handle(name, async (event, ...args): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        log(`refused ${name} from ${event.senderFrame?.url ?? 'unknown frame'}`);
        return { ok: false, message: '拒绝：请求不是来自本程序的窗口' };
      }
      const parsed = API_ARGS[method].safeParse(args);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { ok: false, message: `请求参数无效（${issue?.path.join('.') ?? ''}：${issue?.message ?? ''}）` };
      }
      try {
        const fn = services[method] as (...a: unknown[]) => Promise<unknown>;
        return { ok: true, value: await fn(...(parsed.data as unknown[])) };
      } catch (e) {
        if (e instanceof UserError) return { ok: false, message: e.message };
        log(`${name} failed: ${(e as Error).stack ?? String(e)}`);
        return { ok: false, message: `操作失败：${(e as Error).message}` };
      }
    });
    channels.push(name);
  }
  return channels;
}
