/**
 * Turning untrusted input into a Report: schema version first (older files are migrated, newer ones refused so
 * that nothing written by a later version is silently dropped), then the schema, with Chinese messages that name
 * the field.
 */
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, reportSchema, type Report } from './report';
import { migrations } from './migrations';

z.config(z.locales.zhCN());

export type LoadFailure =
  { kind: 'syntax'; message: string } | { kind: 'schema'; message: string; issues: string[] } | { kind: 'newer'; message: string; schemaVersion: number };

export type LoadResult = { ok: true; report: Report } | { ok: false; error: LoadFailure };

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else {
      const s = String(p);
      out += /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? (out ? `.${s}` : s) : `["${s}"]`;
    }
  }
  return out || '（整个文件）';
}

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    // A bad record key (an unknown cell id) reports the key's own rule rather than zod's generic wording.
    const message = i.code === 'invalid_key' ? (i.issues[0]?.message ?? i.message) : i.message;
    return `字段 ${fieldPath(i.path)}：${message}`;
  });
}

/** Validates a parsed JSON value as a report, migrating older schema versions. */
export function parseReport(raw: unknown): LoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: { kind: 'schema', message: '文件内容不是一份年报（应为 JSON 对象）', issues: [] } };
  }
  let value = raw as Record<string, unknown>;
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      error: { kind: 'schema', message: '这不是年报编制助手的年报文件（缺少年报数据版本号 schemaVersion），无法识别为年报', issues: [] },
    };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      error: {
        kind: 'newer',
        schemaVersion: version,
        message: `该年报由更新版本的年报编制助手保存（数据版本 ${version}，本程序支持 ${CURRENT_SCHEMA_VERSION}），请升级后再编辑`,
      },
    };
  }
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) {
      return { ok: false, error: { kind: 'schema', message: `年报数据版本 ${v} 无法升级到本程序的版本`, issues: [] } };
    }
    value = step(value);
  }
  const parsed = reportSchema.safeParse(value);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处问题）` : '';
    return { ok: false, error: { kind: 'schema', message: `${issues[0] ?? '格式不正确'}${more}`, issues } };
  }
  return { ok: true, report: parsed.data };
}

/** Parses the text of a report file. */
export function parseReportJson(text: string): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { kind: 'syntax', message: `不是有效的 JSON：${detail}` } };
  }
  return parseReport(raw);
}
