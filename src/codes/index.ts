/** The error-code commands (#12): shared by every family, named by none. */
import * as v from 'valibot';
import { EngineError } from '../core/errors';
import { type AnyCommand, command } from '../core/family';
import { requestObject } from '../core/request';
import { expected } from '../snapshot/schema';
import { codeTable } from './catalogue';
import { decodeCertTrustStatus } from './certTrust';
import { decodeCode } from './decode';

const codeInput = v.union(
  [v.pipe(v.string(), v.maxLength(64, expected('a code of at most 64 characters'))), v.number()],
  expected('a code as text or a number'),
);
const bits = v.pipe(
  v.number(expected('a number')),
  v.integer(expected('a whole number')),
  v.minValue(0, expected('0 or more')),
  v.maxValue(0xffffffff, expected('a 32-bit value')),
);

export const CODE_COMMANDS: Readonly<Record<string, AnyCommand>> = {
  /**
   * { codes: [..] } -> each decoded (parts, names, meaning, trust cause), in order; one that is not
   * a code is { input, error } in its place, so a batch is one engine call and one bad item costs
   * only itself.
   */
  resolveErrorCodes: command(
    requestObject('resolveErrorCodes', {
      codes: v.pipe(
        v.array(codeInput, expected('a list of codes')),
        v.maxLength(10000, expected('at most 10000 codes')),
      ),
    }),
    (r) => ({
      codes: r.codes.map((c) => {
        try {
          return decodeCode(c);
        } catch (e) {
          if (e instanceof EngineError) return { input: String(c), error: e.message };
          throw e;
        }
      }),
    }),
  ),
  /** {} -> every code of the table, by value (for round trips and listings). */
  listErrorCodes: command(v.unknown(), () => ({
    codes: [...codeTable().entries()].map(([value, names]) => ({ value, names: names.map((n) => n.name) })),
  })),
  /** { error, info? } -> CERT_TRUST_* bits by name. */
  decodeCertTrustStatus: command(requestObject('decodeCertTrustStatus', { error: bits, info: v.nullish(bits) }), (r) =>
    decodeCertTrustStatus(r.error, r.info ?? null),
  ),
};
