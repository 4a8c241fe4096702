/**
 * The web preferences of every window the app opens, the main window and the hidden print windows alike. The
 * security settings are written out literally, as Electron's checklist asks, here and nowhere else.
 */
import type { WebPreferencesLike } from './deps';

/** Isolated, sandboxed, without Node and with web security on; a window adds only its preload or zoom. */
export function lockedDownPreferences(own: Pick<WebPreferencesLike, 'preload' | 'zoomFactor'>): WebPreferencesLike {
  return { ...own, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, spellcheck: false };
}
