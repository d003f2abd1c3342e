import { json, NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Request bodies up to 24 MB: an uploaded calendar may be 10 million
 * characters (MAX_UPLOAD_CHARS; longer ones are BAD_USER_INPUT naming the
 * field), which JSON escaping and UTF-8 make larger on the wire. Express's
 * default of 100 kB refused any real calendar file.
 */
export const MAX_REQUEST_BYTES = 24 * 1024 * 1024;

/** The JSON body parser, ahead of Nest's own (which then sees the body parsed). */
export function requestBody(): RequestHandler {
  return json({ limit: MAX_REQUEST_BYTES });
}

/** Body errors as typed GraphQL-shaped answers instead of Express's plain-text pages. */
export function requestBodyErrors() {
  return (error: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction): void => {
    if (error?.type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          {
            message: `The request is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MB. Calendars of up to 10 MB can be uploaded; split larger ones.`,
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      });
      return;
    }
    if (error?.type === 'entity.parse.failed' || error?.type === 'encoding.unsupported' || error?.type === 'charset.unsupported') {
      res
        .status(400)
        .json({ errors: [{ message: 'The request body is not valid JSON: send {"query": "...", "variables": {...}}.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next(error);
  };
}
