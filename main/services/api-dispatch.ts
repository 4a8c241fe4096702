/**
 * One API call, as both hosts make it (the Electron IPC hub and the browser bridge): validate the arguments with
 * the method's zod schema, run the service, and answer with an envelope carrying the value or a Chinese message.
 */
import type { z } from 'zod';
import type { Envelope } from '../../shared/api/channels';
import { API_ARGS, isApiMethod, USER_MESSAGE, type ApiArgs, type ApiMethod } from '../../shared/api/schemas';
import type { ServiceApi } from './app-services';
import { UserError } from './errors';

/** The schemas and the services seen per method, so that a parsed tuple is the service's parameter list. */
type Schemas = { [M in ApiMethod]: z.ZodType<ApiArgs[M]> };
type Services = { [M in ApiMethod]: (...args: ApiArgs[M]) => Promise<unknown> };

const schemas: Schemas = API_ARGS;

export async function dispatchApiCall<M extends ApiMethod>(
  services: ServiceApi,
  method: M,
  args: unknown[],
  log: (m: string) => void = () => undefined,
): Promise<Envelope<unknown>> {
  // Callers are typed, but the name may still come from a page (the browser bridge): never index with it unchecked.
  if (!isApiMethod(method)) return { ok: false, message: `未知的操作：${String(method)}` };
  const parsed = schemas[method].safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.code === 'custom' && issue.params?.[USER_MESSAGE] === true) return { ok: false, message: issue.message };
    return { ok: false, message: `请求参数无效（${issue?.path.join('.') ?? ''}：${issue?.message ?? ''}）` };
  }
  try {
    const fns: Services = services;
    return { ok: true, value: await fns[method](...parsed.data) };
  } catch (e) {
    if (e instanceof UserError) return { ok: false, message: e.message };
    log(`${method} failed: ${(e as Error).stack ?? String(e)}`);
    // The system's own words (often English, an errno code) are for the log; the user gets one Chinese sentence.
    return { ok: false, message: `操作未能完成：程序内部出错（${method}），详情已记入日志，请重试或联系技术支持` };
  }
}
