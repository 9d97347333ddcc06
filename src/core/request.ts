/** Request schemas for engine commands: every field is checked before any logic runs. */
import * as v from 'valibot';

/** A request object for `command`; its message is the one a non-object request gets. */
export function requestObject<const E extends v.ObjectEntries>(command: string, entries: E) {
  return v.object(entries, `The request for "${command}" must be a JSON object.`);
}
