const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are opaque to clients; anything that is not a UUID cannot name a row. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The id of a signed-in user; every owned row is read through one. */
export type UserId = string & { readonly __brand: 'UserId' };
