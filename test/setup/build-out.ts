/**
 * Global setup of the slow tier: the end-to-end and packaging tests run the built app in out/. It is built here,
 * and only when a bundle is missing or older than a source (main/build/out-freshness.ts), so a test run always
 * exercises the current code and never spends a minute rebuilding what is already up to date.
 */
import { buildIfStale } from '../../main/build/out-freshness';

export default async function setup(): Promise<void> {
  await buildIfStale(process.cwd());
}
