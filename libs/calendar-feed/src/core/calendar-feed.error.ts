export enum CalendarFeedErrorCode {
  InvalidEvent = 'INVALID_EVENT',
  InvalidTouch = 'INVALID_TOUCH',
  InvalidOptions = 'INVALID_OPTIONS',
}

/**
 * Input the writer cannot turn into a correct feed (a start without an
 * offset, an unknown zone...). Not a DomainException: it reports a bug in
 * the data the caller loaded, not something the user can act on, so the
 * edge should log it and answer 500 rather than show it.
 */
export class CalendarFeedError extends Error {
  constructor(
    readonly code: CalendarFeedErrorCode,
    message: string,
    /** Id of the event or touch at fault, when there is one. */
    readonly itemId: string | null = null,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
