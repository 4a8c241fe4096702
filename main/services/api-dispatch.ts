/**
 * One API call, as both hosts make it (the Electron IPC hub and the browser bridge): validate the arguments with
 * the method's zod schema, run the service, and answer with an envelope carrying the value or a Chinese message.
 */
import type { ApiMethod } from '../../shared/api/types';
import type { Envelope } from '../../shared/api/channels';
import { API_ARGS, USER_MESSAGE } from '../../shared/api/schemas';
import type { ServiceApi } from './app-services';
import { UserError } from './errors';

export async function dispatchApiCall(services: ServiceApi, method: ApiMethod, args: unknown[], log: (m: string) => void = () => undefined): Promise<Envelope<unknown>> {
  const schema = API_ARGS[method];
  if (!schema) return { ok: false, message: `未知的操作：${String(method)}` };
  const parsed = schema.safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.code === 'custom' && issue.params?.[USER_MESSAGE] === true) return { ok: false, message: issue.message };
    return { ok: false, message: `请求参数无效（${issue?.path.join('.') ?? ''}：${issue?.message ?? ''}）` };
  }
  try {
    const fn = services[method] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await fn(...(parsed.data as unknown[])) };
  } catch (e) {
    if (e instanceof UserError) return { ok: false, message: e.message };
    log(`${method} failed: ${(e as Error).stack ?? String(e)}`);
    return { ok: false, message: `操作失败：${(e as Error).message}` };
  }
}
