/**
 * The one IPC hub: every API method on its own prefixed channel; each call is checked for its sender (the app's
 * own window, its main frame, on the app's own page) before its payload is validated and a service runs.
 */
import { channel, type Envelope } from '../../shared/api/channels';
import { API_METHODS } from '../../shared/api/schemas';
import { dispatchApiCall } from '../services/api-dispatch';
import type { ServiceApi } from '../services/app-services';
import type { IpcMainInvokeEventLike, IpcMainLike } from './deps';

export type SenderCheck = (event: IpcMainInvokeEventLike) => boolean;

export function registerIpc(ipcMain: IpcMainLike, services: ServiceApi, isTrustedSender: SenderCheck, log: (m: string) => void = () => undefined): string[] {
  return API_METHODS.map((method) => {
    const name = channel(method);
    ipcMain.handle(name, async (event, ...args): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        log(`refused ${name} from ${event.senderFrame?.url ?? 'unknown frame'}`);
        return { ok: false, message: '拒绝：请求不是来自本程序的窗口' };
      }
      return dispatchApiCall(services, method, args, log);
    });
    return name;
  });
}
