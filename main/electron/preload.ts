/**
 * The sandboxed preload (bundled to out/preload.cjs): exposes window.nianbao, one function per method of the
 * schemas' list (each on its own IPC channel), and unwraps the hub's envelopes into values or Errors with the
 * Chinese message. The list is written into the bundle at build time (main/build/bundle.ts) so the preload does
 * not carry zod and the format definitions just to read the schemas' keys.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channel, MENU_CHANNEL, type Envelope } from '../../shared/api/channels';
import type { ApiMethod } from '../../shared/api/schemas';
import type { MenuCommand, NianbaoApi } from '../../shared/api/types';

async function invoke(method: ApiMethod, args: unknown[]): Promise<unknown> {
  const envelope = (await ipcRenderer.invoke(channel(method), ...args)) as Envelope<unknown>;
  if (!envelope.ok) throw new Error(envelope.message);
  return envelope.value;
}

declare const __NIANBAO_API_METHODS__: readonly ApiMethod[];

const requests = Object.fromEntries(__NIANBAO_API_METHODS__.map((m) => [m, (...args: unknown[]) => invoke(m, args)]));

const api = {
  // The hub validates every argument against the same schemas, and contract-check.ts ties them to NianbaoApi.
  ...(requests as Omit<NianbaoApi, 'onMenu'>),
  onMenu(listener: (command: MenuCommand) => void) {
    const handler = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, handler);
    };
  },
} satisfies NianbaoApi;

contextBridge.exposeInMainWorld('nianbao', api);
