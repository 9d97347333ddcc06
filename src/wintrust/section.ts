/** The WinTrust family's snapshot sections: the State value of each hive, and setup-log excerpts. */
import * as v from 'valibot';
import { expected, literalSid, optionalText, registryKeyFact } from '../snapshot/schema';

export const SOFTWARE_PUBLISHING_PATH =
  'Software\\Microsoft\\Windows\\CurrentVersion\\WinTrust\\Trust Providers\\Software Publishing';

export const HIVE_SCOPES = ['System', 'NetworkService', 'LocalService', 'User', 'CurrentUser'] as const;

export const winTrustHive = v.object(
  {
    scope: v.picklist(HIVE_SCOPES, expected(`one of ${HIVE_SCOPES.join(', ')}`)),
    sid: v.nullish(literalSid),
    path: optionalText(),
    key: registryKeyFact,
  },
  expected('a hive (an object with scope and key)'),
);
export type WinTrustHive = v.InferOutput<typeof winTrustHive>;

export const winTrustSections = {
  wintrust: v.object({ hives: v.optional(v.array(winTrustHive, expected('a list of hives'))) }, expected('an object')),
};
