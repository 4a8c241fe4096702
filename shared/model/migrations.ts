/**
 * Migrations between report schema versions, keyed by the version they upgrade from. Version 1 is the first
 * public contract, so the map is empty; a change to the contract adds `1: (r) => …` here.
 */
export type Migration = (report: Record<string, unknown>) => Record<string, unknown>;

export const migrations: Readonly<Record<number, Migration>> = {};
