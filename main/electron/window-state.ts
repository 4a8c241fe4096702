/** The main window's size and position, remembered between runs (a small file in the data folder). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurable } from '../services/library/durable-file';
import type { WindowBounds } from './deps';

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(640).max(10000),
  height: z.number().int().min(480).max(10000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof stateSchema>;

export const DEFAULT_SIZE = { width: 1280, height: 860 };

export async function readWindowState(dataDir: string): Promise<WindowState | null> {
  try {
    const r = stateSchema.safeParse(JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8')));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

export async function writeWindowState(dataDir: string, bounds: WindowBounds, maximized: boolean): Promise<void> {
  const state = stateSchema.safeParse({ ...bounds, maximized });
  if (state.success) await writeFileDurable(join(dataDir, 'window-state.json'), JSON.stringify(state.data));
}
