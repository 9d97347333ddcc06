/** The WinTrust family's snapshot sections: the State value of each hive, and setup-log excerpts. */
import * as v from 'valibot';
import { expected, factStatus, literalSid, maxItems, optionalText, registryKeyFact, text } from '../snapshot/schema';

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

export const setupLogFact = v.object(
  {
    path: optionalText(),
    /** The SID of the profile whose TEMP folder holds the log (D3), when the collector knows it. */
    sid: v.nullish(literalSid),
    status: factStatus,
    lines: v.optional(v.pipe(v.array(text(), expected('a list of strings')), maxItems<string>('a list', 1000))),
    message: optionalText(),
  },
  expected('a setup log (an object with a status)'),
);

export const winTrustSections = {
  wintrust: v.object({ hives: v.optional(v.array(winTrustHive, expected('a list of hives'))) }, expected('an object')),
  logs: v.object(
    {
      setup: v.optional(
        v.pipe(
          v.array(setupLogFact, expected('a list of setup logs')),
          maxItems<v.InferOutput<typeof setupLogFact>>('a list', 100),
        ),
      ),
    },
    expected('an object'),
  ),
};
