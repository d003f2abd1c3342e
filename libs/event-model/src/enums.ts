// Plain enums, free of framework imports: the readers and the parse worker
// threads load them. The ingestion feature registers their GraphQL names.
// Keys spelled like their values: GraphQL clients see the keys.
export enum SourceKind {
  AUTO = 'AUTO',
  ICAL = 'ICAL',
  HTML = 'HTML',
}

export enum EventStatus {
  CONFIRMED = 'CONFIRMED',
  TENTATIVE = 'TENTATIVE',
  CANCELLED = 'CANCELLED',
}
