/** Electronegativity on the app's source tree: no high or medium finding, and every file read. */
import { describe, expect, it } from 'vitest';
import { scanApp } from '../../helpers/electronegativity';

describe('Electronegativity', () => {
  it('finds nothing high or medium in the Electron shell, the renderer and the shared code', async () => {
    const r = await scanApp();
    expect(r.checks).toBeGreaterThan(30);
    expect(r.errors).toEqual([]);
    expect(r.issues.filter((i) => i.severity === 'HIGH' || i.severity === 'MEDIUM')).toEqual([]);
  }, 120_000);
});
