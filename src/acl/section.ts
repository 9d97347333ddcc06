/** The AutoUpdate-ACL family's snapshot section: the security descriptors of AuthRoot and AutoUpdate. */
import * as v from 'valibot';
import { expected, sddlFact } from '../snapshot/schema';

export const AUTO_UPDATE = 'HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate';
export const AUTH_ROOT = 'HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot';

/**
 * The other AuthRoot keys CryptSvc writes (#9; a published measurement on Windows 11 25H2 found
 * CRLs and CTLs protected without CryptSvc's grant). Which keys CryptSvc writes, and with which
 * access, is UNVERIFIED beyond that report.
 */
export const OTHER_AUTHROOT_KEYS = ['Certificates', 'CRLs', 'CTLs'] as const;

export const aclSections = {
  acl: v.object(
    {
      authRoot: v.nullish(sddlFact),
      autoUpdate: v.nullish(sddlFact),
      autoUpdateHKCU: v.nullish(sddlFact),
      authRootKeys: v.nullish(
        v.object(
          { Certificates: v.nullish(sddlFact), CRLs: v.nullish(sddlFact), CTLs: v.nullish(sddlFact) },
          expected('an object with Certificates, CRLs and CTLs'),
        ),
      ),
    },
    expected('an object'),
  ),
};
