/**
 * `npm run durability [-- ROUNDS]`: the long crash-durability run (default 1000 SIGKILLs at random moments during
 * saves; `npm test` runs 200). Prints kills, torn report files, leftover temp files and torn snapshots — all
 * expected 0 — and exits 1 if any is not.
 */
import { runKills } from '../helpers/durability';

const rounds = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('usage: durability-run [ROUNDS]');
const started = Date.now();
const f = await runKills(rounds, (round, fig) => {
  if ((round + 1) % 100 === 0) process.stderr.write(`${round + 1}/${rounds} kills, last acknowledged save ${fig.lastAck}\n`);
});
console.log(`kills: ${f.kills}`);
console.log(`saves acknowledged: ${f.lastAck}`);
console.log(`torn, empty or older report files: ${f.tornFiles}`);
console.log(`leftover temp files: ${f.leftoverTemps}`);
console.log(`torn snapshots: ${f.tornSnapshots}`);
console.log(`torn or older registers (台账): ${f.tornRegisters}`);
console.log(`repair notices on reopening: ${f.notices.length}`);
console.log(`time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = f.tornFiles + f.leftoverTemps + f.tornSnapshots + f.tornRegisters + f.notices.length === 0 ? 0 : 1;
