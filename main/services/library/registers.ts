/**
 * The registers kept in the app (台账 page), one file per agency and year beside the reports, and the header
 * mappings each agency made once in the counting dialog. Written as reports are (durable replace, one writer,
 * saves serialised); a file that cannot be read is named and never written over with an empty register.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { agencyKey } from '../../../shared/review/review';
import {
  emptyBook,
  headerMappingSchema,
  NO_VALUE_MAPPING,
  registerBookSchema,
  valueKey,
  valueMappingSchema,
  type HeaderMapping,
  type RegisterBook,
  type ValueMapping,
} from '../../../shared/tally';
import { UserError } from '../errors';
import { removeStaleTempFiles, writeFileDurable } from './durable-file';

const mappingsSchema = z.object({
  version: z.literal(1),
  agencies: z.record(z.string(), headerMappingSchema),
  values: z.record(z.string(), valueMappingSchema).optional(),
});
type Mappings = z.infer<typeof mappingsSchema>;

async function readJson(path: string): Promise<unknown | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The most an agency keeps, as the stored file's schema allows (the oldest mappings give way to new ones). */
const MAX_HEADERS = 200;
const MAX_VALUES = 500;

/** The last `max` entries in the order they were first made: the earliest give way to new ones. */
function newest<V>(record: Record<string, V>, max: number): Record<string, V> {
  const entries = Object.entries(record);
  return Object.fromEntries(entries.slice(Math.max(0, entries.length - max)));
}

export class RegisterStore {
  private readonly queues = new Map<string, Promise<unknown>>();

  private constructor(readonly dir: string) {}

  static async open(libraryDir: string): Promise<RegisterStore> {
    const dir = join(libraryDir, 'registers');
    await mkdir(dir, { recursive: true });
    await removeStaleTempFiles(dir);
    return new RegisterStore(dir);
  }

  /** `2025-<digest of the agency's name>.json`: names of any length and script make a safe, stable file name. */
  pathOf(agency: string, year: number): string {
    return join(this.dir, `${year}-${createHash('sha1').update(agencyKey(agency)).digest('hex').slice(0, 20)}.json`);
  }

  private serial<T>(path: string, job: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(path) ?? Promise.resolve()).then(job, job);
    this.queues.set(
      path,
      run.catch(() => undefined),
    );
    return run;
  }

  /** The register of `agency` for `year`; empty when the office has not kept one here. */
  async load(agency: string, year: number): Promise<RegisterBook> {
    const path = this.pathOf(agency, year);
    return this.serial(path, async () => {
      const raw = await readJson(path);
      if (raw === undefined) return emptyBook(agency, year);
      const parsed = registerBookSchema.safeParse(raw);
      if (!parsed.success) throw new UserError(`${agency} ${year} 年的台账文件 ${path} 已损坏，未作改动；请从备份恢复该文件`);
      return parsed.data;
    });
  }

  /** Saves the register; acknowledged only once it is on disk. */
  async save(book: RegisterBook): Promise<{ savedAt: string }> {
    const parsed = registerBookSchema.parse(book);
    const path = this.pathOf(parsed.agency, parsed.year);
    return this.serial(path, async () => {
      await writeFileDurable(path, `${JSON.stringify(parsed)}\n`);
      return { savedAt: new Date().toISOString() };
    });
  }

  private mappingsPath(): string {
    return join(this.dir, 'header-mappings.json');
  }

  private async readMappings(): Promise<Mappings> {
    const raw = await readJson(this.mappingsPath());
    const parsed = mappingsSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    // A damaged file is kept aside before anything is written over it: the mappings are the user's work.
    if (raw !== undefined) await rename(this.mappingsPath(), `${this.mappingsPath()}.damaged-${Date.now()}`).catch(() => undefined);
    return { version: 1, agencies: {} };
  }

  /** The headers `agency` mapped to columns before. */
  async mapping(agency: string): Promise<HeaderMapping> {
    return (await this.readMappings()).agencies[agencyKey(agency)] ?? {};
  }

  /** The values `agency` mapped to official labels before. */
  async values(agency: string): Promise<ValueMapping> {
    return (await this.readMappings()).values?.[agencyKey(agency)] ?? NO_VALUE_MAPPING;
  }

  /** Adds value mappings to the agency's (a value mapped again takes its new label; an empty label forgets it). */
  async rememberValues(agency: string, values: ValueMapping): Promise<ValueMapping> {
    return this.serial(this.mappingsPath(), async () => {
      const all = await this.readMappings();
      const key = agencyKey(agency);
      const had = all.values?.[key] ?? NO_VALUE_MAPPING;
      const merge = (old: Record<string, string>, add: Record<string, string>) => {
        const out = { ...old };
        for (const [v, label] of Object.entries(add)) {
          if (label) out[valueKey(v)] = label;
          else delete out[valueKey(v)];
        }
        return out;
      };
      const merged = {
        applicantType: newest(merge(had.applicantType, values.applicantType), MAX_VALUES),
        outcome: newest(merge(had.outcome, values.outcome), MAX_VALUES),
      };
      all.values = { ...all.values, [key]: merged };
      await writeFileDurable(this.mappingsPath(), `${JSON.stringify(all, null, 2)}\n`);
      return merged;
    });
  }

  /** Adds `mapping` to what `agency` mapped before (a header mapped again takes its new column). */
  async remember(agency: string, mapping: HeaderMapping): Promise<HeaderMapping> {
    return this.serial(this.mappingsPath(), async () => {
      const all = await this.readMappings();
      const key = agencyKey(agency);
      const merged = newest({ ...all.agencies[key], ...mapping }, MAX_HEADERS);
      all.agencies[key] = merged;
      await writeFileDurable(this.mappingsPath(), `${JSON.stringify(all, null, 2)}\n`);
      return merged;
    });
  }
}
