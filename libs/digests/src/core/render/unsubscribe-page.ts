import { safeHttpUrl } from '@app/text';
import { escapeHtml } from './escape-html';

/*
 * The page behind the unsubscribe link. Opening the link only shows it (mail
 * scanners and link previews open links; they must not unsubscribe anyone);
 * the button posts the form, which the API answers with the same page, done.
 * No script and no style at all: the API serves it under a strict CSP. The
 * referrer is withheld so the token in the URL does not leak through the
 * settings link.
 */

export interface UnsubscribePageOptions {
  /** Where the form posts: an absolute http(s) URL, or a path resolved against appUrl. */
  action: string;
  done: boolean;
  /** PUBLIC_BASE_URL, for the settings link. */
  appUrl: string;
}

const page = (title: string, body: string) =>
  [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');

/**
 * A small complete HTML page: before, a sentence and a form posting to
 * `action` with the button "Unsubscribe from digests"; after, the
 * confirmation and a link to the settings to turn digests back on. An
 * action that is not http(s) is left out (the form then posts to the page's
 * own URL, which is where the API serves it).
 */
export function renderUnsubscribePage(opts: UnsubscribePageOptions): string {
  const base = opts.appUrl.trim().replace(/\/+$/, '');
  const settings = safeHttpUrl(`${base}/settings`);
  if (opts.done) {
    const link = settings ? `<p><a href="${escapeHtml(settings)}">Turn digests back on in settings</a></p>` : '';
    return page('Unsubscribed from topofmind digests', `<h1>You are unsubscribed</h1>\n<p>You will not get digests any more.</p>\n${link}`);
  }
  const action = safeHttpUrl(opts.action, `${base}/`);
  return page(
    'Unsubscribe from topofmind digests',
    [
      '<h1>Unsubscribe from digests?</h1>',
      '<p>You will stop getting topofmind digest emails. You can turn them back on in settings at any time.</p>',
      action ? `<form method="post" action="${escapeHtml(action)}">` : '<form method="post">',
      '<button type="submit">Unsubscribe from digests</button>',
      '</form>',
    ].join('\n'),
  );
}
