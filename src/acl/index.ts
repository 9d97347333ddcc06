/** The AutoUpdate-ACL family: its sections, catalogue, diagnosis and commands. */
import * as v from 'valibot';
import { EngineError } from '../core/errors';
import { command, defineFamily } from '../core/family';
import { requestObject } from '../core/request';
import { assessAutoUpdateAcl, controllableDacl } from './autoUpdateAcl';
import { ACL_CATALOGUE, ACL_CHECKS, FAMILY_ID } from './catalogue';
import { diagnoseAcl } from './diagnose';
import { formatSddl, parseSddl } from './sddl';
import { aclSections } from './section';
import { serviceSid } from './sid';

const STRATEGIES = ['Auto', 'Inherit', 'Grant'] as const;
const sddlField = (cmd: string, name: string, what: string) => v.string(`"${cmd}" needs "${name}": ${what}.`);

export const aclFamily = defineFamily({
  id: FAMILY_ID,
  sections: aclSections,
  catalogue: ACL_CATALOGUE,
  checks: ACL_CHECKS,
  diagnose: diagnoseAcl,
  commands: {
    /** { sddl } -> the parsed descriptor and its canonical form. */
    parseSddl: command(requestObject('parseSddl', { sddl: sddlField('parseSddl', 'sddl', 'an SDDL string') }), (r) => {
      const sd = parseSddl(r.sddl);
      return { canonical: formatSddl(sd), descriptor: sd };
    }),
    /** { name } -> the service SID the SCM derives for that service name. */
    serviceSid: command(
      requestObject('serviceSid', { name: sddlField('serviceSid', 'name', 'a service name such as CryptSvc') }),
      (r) => {
        if (r.name.trim() === '')
          throw new EngineError('InvalidRequest', '"serviceSid" needs a non-empty service name.');
        return { name: r.name, sid: serviceSid(r.name) };
      },
    ),
    /**
     * { expected, actual } -> whether the DACL parts a writer controls agree: the protected flag and
     * the explicit entries (inherited entries are recomputed by Windows). Verifies a restore.
     */
    compareSddl: command(
      requestObject('compareSddl', {
        expected: sddlField('compareSddl', 'expected', 'an SDDL string'),
        actual: sddlField('compareSddl', 'actual', 'an SDDL string'),
      }),
      (r) => {
        const expected = controllableDacl(parseSddl(r.expected));
        const actual = controllableDacl(parseSddl(r.actual));
        return { equal: expected === actual, expected, actual };
      },
    ),
    /** { sddl, parentSddl?, strategy? } -> CryptSvc's access on AutoUpdate, the problems, the repair plan. */
    assessAcl: command(
      requestObject('assessAcl', {
        sddl: sddlField('assessAcl', 'sddl', "the AutoUpdate key's SDDL"),
        parentSddl: v.nullish(v.string('"assessAcl" takes "parentSddl" as an SDDL string or null.')),
        strategy: v.nullish(
          v.picklist(
            STRATEGIES,
            (issue) =>
              `"assessAcl" takes "strategy" as one of ${STRATEGIES.join(', ')}; got ${JSON.stringify(issue.input)}.`,
          ),
        ),
      }),
      (r) => assessAutoUpdateAcl(r.sddl, r.parentSddl ?? null, r.strategy ?? 'Auto'),
    ),
  },
});
