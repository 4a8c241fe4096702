/**
 * The API contract checked at compile time: the schemas in schemas.ts and the signatures in types.ts list the same
 * methods, and every argument tuple a schema delivers is exactly the method's parameter list. A method added to
 * one side only, or a schema that drifts from its signature, fails `npm run typecheck` naming the method.
 */
import type { z } from 'zod';
import type { API_ARGS, ApiMethod } from './schemas';
import type { NianbaoApi } from './types';

/** true when A and B are the same type (not merely assignable one way). */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** The methods whose schema output differs from the API's parameters; never when the contract holds. */
export type ContractMismatches<Args extends Record<string, z.ZodType>, Api> = {
  [M in keyof Args | Exclude<keyof Api, 'onMenu'>]: M extends keyof Args & keyof Api
    ? Api[M] extends (...a: infer P) => unknown
      ? Equals<z.output<Args[M]>, P> extends true
        ? never
        : M
      : M
    : M;
}[keyof Args | Exclude<keyof Api, 'onMenu'>];

/** Compiles only while the contract holds; otherwise the error names the methods that differ. */
export type AssertContract<Mismatches> = [Mismatches] extends [never] ? true : { mismatched: Mismatches };

export const API_CONTRACT_HOLDS: AssertContract<ContractMismatches<typeof API_ARGS, NianbaoApi>> = true;

/** The request methods of the API interface are exactly the schemas' keys. */
export const API_METHODS_COMPLETE: Equals<Exclude<keyof NianbaoApi, 'onMenu'>, ApiMethod> = true;
