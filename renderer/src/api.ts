/** The API the preload (Electron) or the browser bridge puts on window; the renderer has no other way out. */
import type { NianbaoApi } from '../../shared/api/types';

declare global {
  interface Window {
    nianbao: NianbaoApi;
  }
}

export const api = (): NianbaoApi => window.nianbao;

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
