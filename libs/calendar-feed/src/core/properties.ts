import ICAL from 'ical.js';
import { plainText } from './text';

/** Adds a TEXT property, cleaned first (see `plainText`); ical.js escapes it. */
export function addText(component: ICAL.Component, name: string, value: string): void {
  const property = new ICAL.Property(name, component);
  property.resetType('text');
  property.setValue(plainText(value));
  component.addProperty(property);
}

/** Adds a URI property. The value must come from `safeHttpUrl` (@app/text): URI values are written unescaped. */
export function addUri(component: ICAL.Component, name: string, url: string): void {
  const property = new ICAL.Property(name, component);
  property.resetType('uri');
  property.setValue(url);
  component.addProperty(property);
}

/** Adds a DATE, DATE-TIME, DURATION or INTEGER property: ical.js takes the type from the value. */
export function addValue(component: ICAL.Component, name: string, value: ICAL.Time | ICAL.Duration | number): void {
  component.addPropertyWithValue(name, value);
}
