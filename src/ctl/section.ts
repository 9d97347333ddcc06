/** The CTL-sync family's snapshot sections: the AutoUpdate keys, the AuthRoot policy, the services. */
import * as v from 'valibot';
import { expected, registryKeyFact, serviceFact } from '../snapshot/schema';

export const AUTO_UPDATE_PATH = 'SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate';
export const POLICY_PATH = 'SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\AuthRoot';

export const ctlSections = {
  ctl: v.object(
    {
      autoUpdate: v.nullish(
        v.object(
          {
            HKLM: v.nullish(registryKeyFact),
            HKCU: v.nullish(registryKeyFact),
            /** HKU\.DEFAULT: LocalSystem's HKCU, the user hive Windows Update's chain checks read (D5). */
            DEFAULT: v.nullish(registryKeyFact),
          },
          expected('an object with HKLM, HKCU and DEFAULT'),
        ),
      ),
      policy: v.nullish(registryKeyFact),
    },
    expected('an object'),
  ),
  services: v.record(v.string(), serviceFact, expected('an object of services by name')),
};
