/**
 * Hosts of meeting, calendar, form and document tools. A Meet link, a
 * Google Calendar group address (…@group.calendar.google.com) or a Teams
 * link says which tool the organiser uses, not that Google or Microsoft
 * hosts the event. Subdomains count ("us02web.zoom.us").
 */
const TOOL_HOSTS = new Set([
  'meet.google.com', 'calendar.google.com', 'docs.google.com', 'drive.google.com', 'forms.google.com',
  'sites.google.com', 'groups.google.com', 'maps.google.com', 'hangouts.google.com', 'chat.google.com',
  'goo.gl', 'forms.gle', 'maps.app.goo.gl',
  'teams.microsoft.com', 'teams.live.com', 'forms.office.com', 'outlook.office.com', 'outlook.office365.com',
  'outlook.live.com', 'onedrive.live.com', 'sharepoint.com',
  'zoom.us', 'zoomgov.com', 'webex.com', 'gotomeeting.com', 'whereby.com', 'meet.jit.si',
  'maps.apple.com', 'icloud.com', 'calendly.com', 'notion.site', 'typeform.com',
]);

export function isToolHost(host: string): boolean {
  let candidate = host;
  for (;;) {
    if (TOOL_HOSTS.has(candidate)) return true;
    const dot = candidate.indexOf('.');
    if (dot < 0) return false;
    candidate = candidate.slice(dot + 1);
  }
}
