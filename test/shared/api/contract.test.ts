/**
 * The API contract is written once (shared/api/schemas.ts) and checked against the method signatures at compile
 * time. The `@ts-expect-error` probes below are deliberately broken copies of the contract: if the check in
 * contract-check.ts were loose, a probe would compile, its directive would be unused, and `npm run typecheck`
 * would fail. The runtime half proves the hosts expose exactly the schemas' methods.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { API_CONTRACT_HOLDS, API_METHODS_COMPLETE, type AssertContract, type ContractMismatches } from '../../../shared/api/contract-check';
import { API_ARGS, API_METHODS, isApiMethod } from '../../../shared/api/schemas';
import type { NianbaoApi } from '../../../shared/api/types';

type Args = typeof API_ARGS;

// A schema whose argument drifts from the signature (saveReport takes a Report, not a string).
// @ts-expect-error the contract check names saveReport
export const driftedArgument: AssertContract<
  ContractMismatches<Omit<Args, 'saveReport'> & { saveReport: z.ZodTuple<[z.ZodString, z.ZodString]> }, NianbaoApi>
> = true;
// A schema with an argument too few.
// @ts-expect-error the contract check names loadReport
export const missingArgument: AssertContract<ContractMismatches<Omit<Args, 'loadReport'> & { loadReport: z.ZodTuple<[]> }, NianbaoApi>> = true;
// An optional argument where the signature requires one: assignable one way only, still a mismatch.
// @ts-expect-error the contract check wants the exact tuple
export const optionalArgument: AssertContract<
  ContractMismatches<Omit<Args, 'showInFolder'> & { showInFolder: z.ZodTuple<[z.ZodOptional<z.ZodString>]> }, NianbaoApi>
> = true;
// Bytes narrowed to Uint8Array<ArrayBuffer> (what z.instanceof gives) where the API takes any Uint8Array.
// @ts-expect-error the contract check wants the exact element type
export const narrowedBytes: AssertContract<
  ContractMismatches<Omit<Args, 'importBytes'> & { importBytes: z.ZodTuple<[z.ZodString, z.ZodType<Uint8Array<ArrayBuffer>>]> }, NianbaoApi>
> = true;
// A method with a signature but no schema: the hub would never register it.
// @ts-expect-error the contract check names the unlisted method
export const unlistedMethod: AssertContract<ContractMismatches<Omit<Args, 'purgeReport'>, NianbaoApi>> = true;
// A schema for a method the API does not have.
// @ts-expect-error the contract check names the extra schema
export const extraSchema: AssertContract<ContractMismatches<Args & { formatDisk: z.ZodTuple<[]> }, NianbaoApi>> = true;
// The real contract, and an unchanged copy of it, hold.
export const unchanged: AssertContract<ContractMismatches<Args, NianbaoApi>> = true;

describe('the API contract', () => {
  it('holds at compile time (the assertions compiled, so they are true)', () => {
    expect([API_CONTRACT_HOLDS, API_METHODS_COMPLETE, unchanged]).toEqual([true, true, true]);
  });

  it('lists exactly the methods that have a schema', () => {
    expect([...API_METHODS].sort()).toEqual(Object.keys(API_ARGS).sort());
    expect(API_METHODS).toContain('saveReport');
    expect(API_METHODS).not.toContain('onMenu');
  });

  it('recognises only its own methods, not names inherited from Object', () => {
    expect(API_METHODS.every(isApiMethod)).toBe(true);
    for (const name of ['onMenu', 'toString', '__proto__', 'constructor', 'hasOwnProperty', '']) expect(isApiMethod(name), name).toBe(false);
  });

  it('accepts bytes in any Uint8Array, as the API signature says, and refuses other values', () => {
    const shared = new Uint8Array(new SharedArrayBuffer(4));
    expect(API_ARGS.importBytes.safeParse(['a.docx', shared]).success).toBe(true);
    expect(API_ARGS.importBytes.safeParse(['a.docx', 'not bytes']).success).toBe(false);
  });
});
