/**
 * Messages for schema issues. valibot reports a missing key with the message of the object that
 * lacks it; WuTrust reports it with the message of the missing field's own schema, so an absent
 * field reads like a wrong one ("needs "sddl": ...", "expected a string, got nothing").
 */
import * as v from 'valibot';

type AnySchema = v.GenericSchema & {
  type: string;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  value?: AnySchema;
  wrapped?: AnySchema;
  options?: AnySchema[];
};

/** The schema that validates the value at `path` under `root`, where it can be followed. */
function schemaAt(root: AnySchema, path: readonly unknown[]): AnySchema | undefined {
  let schema: AnySchema | undefined = root;
  for (const key of path) {
    while (schema !== undefined && schema.wrapped !== undefined) schema = schema.wrapped;
    if (schema === undefined) return undefined;
    // A variant: the first option that has the key (the options of one variant share their fields).
    while (schema.options !== undefined && typeof key === 'string') {
      const option: AnySchema | undefined =
        schema.options.find((o) => o.entries !== undefined && key in o.entries) ??
        schema.options.find((o) => o.options !== undefined);
      if (option === undefined) return undefined;
      schema = option;
    }
    if (
      schema.entries !== undefined &&
      typeof key === 'string' &&
      Object.prototype.hasOwnProperty.call(schema.entries, key)
    ) {
      schema = schema.entries[key];
    } else if (schema.item !== undefined && typeof key === 'number') {
      schema = schema.item;
    } else if (schema.value !== undefined && typeof key === 'string') {
      schema = schema.value;
    } else {
      return undefined;
    }
  }
  return schema;
}

/** The message of an issue, with a missing key reported by the missing field's schema. */
export function issueMessage(root: v.GenericSchema, issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => p.key);
  if (issue.kind === 'schema' && issue.received === 'undefined' && path.length > 0) {
    const field = schemaAt(root as AnySchema, path);
    if (field !== undefined) {
      const own = v.safeParse(field, undefined, { abortEarly: true });
      if (!own.success) return own.issues[0].message;
    }
    return 'required, got nothing';
  }
  return issue.message;
}
