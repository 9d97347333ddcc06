/** The AutoUpdate-ACL family's snapshot section: the security descriptors of AuthRoot and AutoUpdate. */
import * as v from 'valibot';
import { expected, sddlFact } from '../snapshot/schema';

export const AUTO_UPDATE = 'HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate';
export const AUTH_ROOT = 'HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot';

export const aclSections = {
  acl: v.object(
    { authRoot: v.nullish(sddlFact), autoUpdate: v.nullish(sddlFact), autoUpdateHKCU: v.nullish(sddlFact) },
    expected('an object'),
  ),
};
