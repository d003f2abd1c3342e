import { normaliseDomain } from './domain';

describe('normaliseDomain', () => {
  it.each([
    ['notion.so', 'notion.so'],
    ['https://www.Notion.so/about?x=1', 'notion.so'],
    ['HTTP://user@Stripe.com:443/', 'stripe.com'],
    ['  careers.datadoghq.com.  ', 'careers.datadoghq.com'],
  ])('%p -> %p', (input, expected) => {
    expect(normaliseDomain(input)).toBe(expected);
  });
});
