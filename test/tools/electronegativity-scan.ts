/**
 * `npm run electronegativity`: Electronegativity over the app's source tree (see test/helpers/electronegativity.ts).
 * Lists every finding and exits 1 on a high or medium one, or on a file the scanner could not read.
 */
import { scanApp } from '../helpers/electronegativity';

const r = await scanApp();
const count = (s: string) => r.issues.filter((i) => i.severity === s).length;
for (const i of r.issues) console.log(`${i.severity.padEnd(13)} ${i.confidence.padEnd(9)} ${i.id}  ${i.file}:${i.line}${i.manualReview ? '  (review)' : ''}`);
for (const e of r.errors) console.log(`unparsed file: ${e}`);
console.log(
  `${r.checks} checks: high ${count('HIGH')}, medium ${count('MEDIUM')}, low ${count('LOW')}, informational ${count('INFORMATIONAL')}; unparsed files ${r.errors.length}`,
);
process.exitCode = count('HIGH') + count('MEDIUM') + r.errors.length === 0 ? 0 : 1;
