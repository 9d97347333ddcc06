/** The one list of failure families. The report, snapshot validation and the command table loop over it. */
import { aclFamily } from './acl';
import type { AnyFamily } from './core/family';
import { ctlFamily } from './ctl';
import { winTrustFamily } from './wintrust';

export const FAMILIES: readonly AnyFamily[] = [ctlFamily, aclFamily, winTrustFamily];
