// Plain enums, free of framework imports: the parse worker threads load them.
// Their GraphQL names are registered in source.enums.graphql.ts.
// Keys spelled like their values: GraphQL clients see the keys.
export enum SourceKind {
  AUTO = 'AUTO',
  ICAL = 'ICAL',
  HTML = 'HTML',
}

export enum SourceStatus {
  /** Added, not fetched yet. */
  PENDING = 'PENDING',
  /** Last fetch was read fine (possibly with warnings). */
  OK = 'OK',
  /** Last fetch failed; the events from earlier fetches are kept. */
  ERROR = 'ERROR',
}

export enum EventStatus {
  CONFIRMED = 'CONFIRMED',
  TENTATIVE = 'TENTATIVE',
  CANCELLED = 'CANCELLED',
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
