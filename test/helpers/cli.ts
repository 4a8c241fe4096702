/** The command line run in-process, as a user at a terminal sees it: exit code, standard output and standard error. */
import type { Io } from '../../main/cli/output';

export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  // Imported on call, so that a test file's vi.mock of a service applies to the command line too.
  const { main } = await import('../../main/cli/main');
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  return { code: await main(argv, io), out, err };
}
