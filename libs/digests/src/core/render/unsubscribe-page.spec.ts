import { renderUnsubscribePage } from './unsubscribe-page';

const APP = 'https://app.topofmind.example';
const ACTION = `${APP}/digests/unsubscribe?token=c2Ft.abc`;

describe('renderUnsubscribePage', () => {
  it('asks first: a sentence and a form that posts to the action, with the button', () => {
    const html = renderUnsubscribePage({ action: ACTION, done: false, appUrl: APP });
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
    expect(html).toMatch(/<\/html>\n$/);
    expect(html).toContain('<title>Unsubscribe from topofmind digests</title>');
    expect(html).toContain(`<form method="post" action="${ACTION}">`);
    expect(html).toContain('<button type="submit">Unsubscribe from digests</button>');
    expect(html).toContain('You will stop getting topofmind digest emails.');
    expect(html).not.toContain('You will not get digests any more');
  });

  it('confirms when done, with a link to turn digests back on in settings, and no form', () => {
    const html = renderUnsubscribePage({ action: ACTION, done: true, appUrl: `${APP}/` });
    expect(html).toContain('You will not get digests any more.');
    expect(html).toContain(`<a href="${APP}/settings">Turn digests back on in settings</a>`);
    expect(html).not.toContain('<form');
  });

  it('has no script, no style and no event handler, for a strict CSP, and keeps the token out of referrers', () => {
    for (const done of [false, true]) {
      const html = renderUnsubscribePage({ action: ACTION, done, appUrl: APP });
      expect(html).not.toMatch(/<script|<style|style=|\son[a-z]+=|javascript:|<link|<img/i);
      expect(html).toContain('<meta name="referrer" content="no-referrer">');
    }
  });

  it('resolves a path against the app URL and escapes the action', () => {
    const html = renderUnsubscribePage({ action: `/digests/unsubscribe?token=a"b'c<d>&x=1`, done: false, appUrl: APP });
    expect(html).toContain(`<form method="post" action="${APP}/digests/unsubscribe?token=a%22b%27c%3Cd%3E&amp;x=1">`);
  });

  it('drops an action that is not http(s): the form posts back to the page itself', () => {
    for (const action of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '']) {
      const html = renderUnsubscribePage({ action, done: false, appUrl: 'not a url' });
      expect(html).toContain('<form method="post">');
      expect(html).not.toMatch(/javascript:|<script|data:/i);
    }
    expect(renderUnsubscribePage({ action: ACTION, done: true, appUrl: 'javascript:alert(1)//' })).not.toMatch(/javascript:|<a /);
  });
});
