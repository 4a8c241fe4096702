/** A set with `key` in it or not, as a checkbox says: a new set, so React sees the change. */
export function withMember<T>(set: ReadonlySet<T>, key: T, member: boolean): Set<T> {
  const next = new Set(set);
  if (member) next.add(key);
  else next.delete(key);
  return next;
}
