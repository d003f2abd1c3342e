import { isToolHost, isToolLink } from './hosts';

describe('tool hosts and links', () => {
  it('knows meeting, calendar, ticketing and help-centre hosts and their subdomains', () => {
    for (const host of [
      'meet.google.com',
      'us02web.zoom.us',
      'glwater.zoom.us',
      'teams.microsoft.com',
      'acme.webex.com',
      'eventbrite.co.uk',
      'support.google.com',
      'help.stripe.com',
    ]) {
      expect(isToolHost(host)).toBe(true);
    }
    for (const host of ['google.com', 'cloud.google.com', 'zoom.com', 'microsoft.com', 'stripe.com']) expect(isToolHost(host)).toBe(false);
  });

  it('knows tool paths on company hosts, with or without a locale', () => {
    expect(isToolLink('google.com', 'https://www.google.com/calendar/render?action=TEMPLATE')).toBe(true);
    expect(isToolLink('google.com', 'google.com/maps/place/Berlin')).toBe(true);
    expect(isToolLink('microsoft.com', 'https://www.microsoft.com/en-us/microsoft-teams/join-a-meeting')).toBe(true);
    expect(isToolLink('google.com', 'https://www.google.com/about/careers?q=maps')).toBe(false);
    expect(isToolLink('microsoft.com', 'https://www.microsoft.com/en-us/research/event/faculty-summit')).toBe(false);
  });
});
