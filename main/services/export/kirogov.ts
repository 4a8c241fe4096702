/** The `kirogov-package/1.0` ZIP (shared/publish/kirogov.ts): exactly its three files at the root, nothing else. */
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import type { Report } from '../../../shared/model';
import { KIROGOV_ENTRIES, kirogovMarkdown, kirogovRefusal, kirogovSourceJson } from '../../../shared/publish/kirogov';
import { UserError } from '../errors';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function assertPackable(report: Report): void {
  const refusal = kirogovRefusal(report);
  if (refusal) throw new UserError(refusal);
}

/** The receiver records which program made a package. */
const GENERATOR = 'nianbao 年报编制助手';

/** The package of a report whose PDF is `pdf` (the one `nianbao export --pdf` writes), made by version `version`. */
export function kirogovZip(report: Report, pdf: Uint8Array, version: string): Uint8Array {
  assertPackable(report);
  const markdown = strToU8(kirogovMarkdown(report));
  const json = kirogovSourceJson(report, { pdfSha256: sha256(pdf), markdownSha256: sha256(markdown) }, { name: GENERATOR, version });
  // The PDF is stored as it is (its streams are compressed already); the receiver refuses a high compression ratio.
  return zipSync(
    {
      [KIROGOV_ENTRIES.pdf]: [pdf, { level: 0 }],
      [KIROGOV_ENTRIES.markdown]: markdown,
      [KIROGOV_ENTRIES.json]: strToU8(JSON.stringify(json, null, 2)),
    },
    { level: 6 },
  );
}
