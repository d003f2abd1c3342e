// Plain enums, free of framework imports: the parse worker threads load them.
// Their GraphQL names are registered in source.enums.graphql.ts, with those
// of SourceKind and EventStatus (@app/event-model).
// Keys spelled like their values: GraphQL clients see the keys.
export enum SourceStatus {
  /** Added, not fetched yet. */
  PENDING = 'PENDING',
  /** Last fetch was read fine (possibly with warnings). */
  OK = 'OK',
  /** Last fetch failed; the events from earlier fetches are kept. */
  ERROR = 'ERROR',
}

export enum EventChangeKind {
  /** Start or end moved. */
  MOVED = 'MOVED',
  /** The source marked it cancelled. */
  CANCELLED = 'CANCELLED',
  /** Gone from a feed that was fetched fine twice in a row: cancelled with reason "removed from source". */
  REMOVED = 'REMOVED',
  /** Back after a cancellation or removal. */
  RESTORED = 'RESTORED',
}
