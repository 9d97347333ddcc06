/** The WinTrust family's findings and checks (seed 002; FACTS.md section 1). */
import { catalogueOf, checksOf } from '../core/findings';

export const FAMILY_ID = 'WinTrustPolicy';

const REF_SEED =
  'Seed 002: .NET 4 updates KB2656351/KB2656368 failing with 0x800B010E / 0x800B010B / 0x80070643, State 0xC9';
const REF_API = 'https://learn.microsoft.com/windows/win32/api/wintrust/nf-wintrust-wintrustsetregpolicyflags';
const REF_SETREG = 'https://learn.microsoft.com/windows/win32/seccrypto/setreg';
/** Set-WinTrustState -Default; the diagnosis adds -Scope or -Sid (schema-checked) before it. */
const SET_DEFAULT = { command: 'Set-WinTrustState', parameters: { Default: true } };

export const WINTRUST_CATALOGUE = catalogueOf([
  {
    id: 'WUT-WTR-001',
    severity: 'Warning',
    title: 'Software Publishing State {hex} rejects signatures when revocation is offline ({scope})',
    remedy: {
      ...SET_DEFAULT,
      description:
        'Sets the Windows default option bits (0x23C00), keeping bits without public meaning; backs up the old value first and ' +
        'verifies the new one. Options can also be set one by one: Set-WinTrustState -Option OfflineRevocationOkCommercial -Enabled $true.',
    },
    references: [REF_SEED, REF_SETREG, REF_API],
  },
  {
    id: 'WUT-WTR-002',
    severity: 'Warning',
    title: 'Software Publishing State {hex} weakens signature checking ({scope})',
    remedy: {
      ...SET_DEFAULT,
      description: 'Restores the Windows default checks, with a backup of the old value.',
    },
    references: [REF_SETREG, REF_API],
  },
  {
    id: 'WUT-WTR-003',
    severity: 'Warning',
    title: 'Malformed Software Publishing State ({scope})',
    remedy: {
      ...SET_DEFAULT,
      description: 'Writes the Windows default as REG_DWORD, with a backup of the malformed value.',
    },
    references: [REF_API],
    variants: {
      binary: {
        title: 'Software Publishing State stored as REG_BINARY ({scope})',
        remedy: { description: 'Rewrites the value as REG_DWORD (the same policy, or the default), with a backup.' },
      },
    },
  },
  {
    id: 'WUT-WTR-004',
    severity: 'Info',
    title: 'No Software Publishing State for SYSTEM',
    remedy: { ...SET_DEFAULT, description: 'Optional: writes the Windows default explicitly, with a backup.' },
    references: [REF_API],
  },
  {
    id: 'WUT-WTR-005',
    severity: 'Info',
    title: 'Software Publishing State {hex} may reject some signatures ({scope})',
    remedy: {
      ...SET_DEFAULT,
      description:
        'Optional: Microsoft updates are not affected by what is listed here. Sets the Windows default option bits, with a backup.',
    },
    references: [REF_SETREG, REF_API],
  },
]);

export const WINTRUST_CHECKS = checksOf([
  { id: 'WTR.State', title: 'Software Publishing State allows offline revocation and checks what Windows checks' },
]);
