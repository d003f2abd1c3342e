import helmet from 'helmet';

/**
 * Response headers for every route. The API answers JSON and calendars,
 * never pages to render, so its default policy allows nothing and no
 * framing; the web page at / sets its own Content-Security-Policy (with
 * `frame-ancestors 'none'` too). No Referer leaves any page: pages show
 * the secret calendar-feed URL.
 */
export function securityHeaders(): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"] },
    },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
}
