/**
 * Hosts of meeting, calendar, ticketing, streaming, form and document
 * tools. A Meet link, a Google Calendar group address
 * (…@group.calendar.google.com), a Teams link or an Eventbrite ticket page
 * says which tool the organiser uses, not that Google, Microsoft or
 * Eventbrite hosts the event. Subdomains count ("us02web.zoom.us",
 * "glwater.zoom.us").
 *
 * zoom.us is Zoom's meeting domain (join links, vanity subdomains, Zoom
 * Events listings of anyone's events); zoom.com is the company's own site, so
 * an event page there still names Zoom as the host.
 */
const TOOL_HOSTS = new Set([
  'meet.google.com',
  'calendar.google.com',
  'docs.google.com',
  'drive.google.com',
  'forms.google.com',
  'sites.google.com',
  'groups.google.com',
  'maps.google.com',
  'hangouts.google.com',
  'chat.google.com',
  'goo.gl',
  'forms.gle',
  'maps.app.goo.gl',
  'tel.meet',
  'g.co',
  'teams.microsoft.com',
  'teams.live.com',
  'forms.office.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'onedrive.live.com',
  'sharepoint.com',
  'aka.ms',
  'zoom.us',
  'zoomgov.com',
  'webex.com',
  'gotomeeting.com',
  'whereby.com',
  'meet.jit.si',
  'bluejeans.com',
  'skype.com',
  'eventbrite.com',
  'eventbrite.co.uk',
  'eventbrite.fr',
  'eventbrite.de',
  'eventbrite.ca',
  'eventbrite.com.au',
  'evbuc.com',
  'meetup.com',
  'lu.ma',
  'luma.com',
  'ti.to',
  'billetweb.fr',
  'helloasso.com',
  'weezevent.com',
  'hopin.com',
  'airmeet.com',
  'youtube.com',
  'youtu.be',
  'twitch.tv',
  'discord.gg',
  'discord.com',
  'join.slack.com',
  'streamyard.com',
  'maps.apple.com',
  'icloud.com',
  'calendly.com',
  'notion.site',
  'typeform.com',
]);

/**
 * Company hosts that also serve a tool under a path: "Add to Google Calendar"
 * buttons link to www.google.com/calendar/render, directions to
 * www.google.com/maps, Teams invitations to www.microsoft.com/…/microsoft-teams/join-a-meeting.
 * The first path segment is compared after an optional locale ("en-us").
 */
const TOOL_PATHS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['google.com', new Set(['calendar', 'maps', 'url', 'meet', 'forms'])],
  ['microsoft.com', new Set(['microsoft-teams', 'microsoft-365'])],
]);
const LOCALE = /^[a-z]{2}(?:-[a-z]{2,4})?$/;

export function isToolHost(host: string): boolean {
  // Help-centre hosts ("support.google.com/…/9282720" in every Meet invitation) are boilerplate for any company.
  if (host.startsWith('support.') || host.startsWith('help.')) return true;
  let candidate = host;
  for (;;) {
    if (TOOL_HOSTS.has(candidate)) return true;
    const dot = candidate.indexOf('.');
    if (dot < 0) return false;
    candidate = candidate.slice(dot + 1);
  }
}

/**
 * True when a link points at a tool rather than at the company's own pages;
 * `url` is only read for the few hosts that serve tools under a path.
 */
export function isToolLink(host: string, url: string): boolean {
  if (isToolHost(host)) return true;
  const paths = TOOL_PATHS.get(host);
  if (!paths) return false;
  const segments = pathOf(url).toLowerCase().split('/').filter(Boolean);
  const first = segments[0] !== undefined && LOCALE.test(segments[0]) ? segments[1] : segments[0];
  return first !== undefined && paths.has(first);
}

/** The path of a link written with or without a scheme ("https://www.google.com/maps/x" -> "/maps/x"). */
function pathOf(url: string): string {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`).pathname;
  } catch {
    return '/';
  }
}
