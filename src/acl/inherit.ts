import type { Ace, Acl } from './sddl';

function withFlags(ace: Ace, flags: Set<string>): Ace {
  const order = ['OI', 'CI', 'NP', 'IO', 'ID', 'SA', 'FA', 'TP', 'CR'];
  return { ...ace, flags: order.filter((f) => flags.has(f)) };
}

/**
 * The ACEs a subkey inherits from its parent's DACL (a registry key is a container):
 * a CI ACE flows to the subkey, with IO cleared so it applies there; NP stops it after this level
 * (the copy keeps no inheritance flags); an OI-only ACE reaches the subkey as inherit-only;
 * every copy is marked ID. ACE types the engine keeps verbatim are not inherited here.
 */
export function inheritedAces(parent: Acl): Ace[] {
  const out: Ace[] = [];
  for (const ace of parent.aces) {
    if (ace.verbatim !== undefined) continue;
    const flags = new Set(ace.flags);
    const ci = flags.has('CI');
    const oi = flags.has('OI');
    const np = flags.has('NP');
    if (ci) {
      const copy = new Set<string>(np ? [] : [...flags].filter((f) => f === 'OI' || f === 'CI'));
      copy.add('ID');
      out.push(withFlags(ace, copy));
    } else if (oi && !np) {
      out.push(withFlags(ace, new Set(['OI', 'IO', 'ID'])));
    }
  }
  return out;
}

/** The child's DACL as it is with inheritance on: its explicit ACEs, then what the parent passes down. */
export function daclWithInheritance(child: Acl, parent: Acl | null): Acl {
  const explicit = child.aces.filter((a) => !a.flags.includes('ID'));
  const inherited = parent === null || parent.nullAcl ? [] : inheritedAces(parent);
  return {
    protected: false,
    autoInheritReq: child.autoInheritReq,
    autoInherited: true,
    nullAcl: false,
    aces: [...explicit, ...inherited],
  };
}
