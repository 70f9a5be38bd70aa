/** Reads a lookup table by a key that comes from outside (event names, action types, file types). */
export function lookup<V>(table: Readonly<Partial<Record<string, V>>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
