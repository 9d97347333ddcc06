/** The one list of failure families. The report, snapshot validation and the command table loop over it. */
import { aclFamily } from './acl';
import type { AnyFamily, PlannedFamily } from './core/family';
import { ctlFamily } from './ctl';
import { logsFamily } from './logs';
import { networkFamily } from './network';
import { winTrustFamily } from './wintrust';

export const FAMILIES: readonly AnyFamily[] = [ctlFamily, aclFamily, winTrustFamily, networkFamily, logsFamily];

/**
 * Families this version does not have yet (admin-trial D7): every report lists each in
 * ChecksNotRun with its reason, so "Healthy" never covers what was not examined. An entry goes
 * when its family joins FAMILIES.
 */
export const PLANNED_FAMILIES: readonly PlannedFamily[] = [];
