import { validateRecipe } from './validate-recipe';

const valid = { item: '.event', fields: { title: 'h2', start: 'time @datetime' }, dateFormats: ['MMMM d, yyyy h:mm a'] };

describe('validateRecipe', () => {
  it('accepts a usable recipe', () => {
    expect(validateRecipe(valid)).toEqual([]);
    expect(validateRecipe({ ...valid, fields: { start: '.' }, defaultTitle: 'Board meeting', timeZone: 'Europe/Paris', timeFormats: ['HH:mm'] })).toEqual([]);
  });

  it.each([
    [null, /must be an object/],
    [{ ...valid, item: '' }, /"item" must be a CSS selector/],
    [{ ...valid, item: 'div[' }, /"div\[" is not a valid CSS selector/],
    [{ ...valid, fields: 'h2' }, /"fields" must be an object/],
    [{ ...valid, fields: { title: 'h2' } }, /"fields.start" is required/],
    [{ ...valid, fields: { start: '.' } }, /give "fields.title" or a "defaultTitle"/],
    [{ ...valid, fields: { ...valid.fields, when: '.x' } }, /unknown field "when"/],
    [{ ...valid, fields: { ...valid.fields, url: 'a >> b @href' } }, /field "url": "a >> b" is not a valid CSS selector/],
    [{ ...valid, fields: { ...valid.fields, location: '' } }, /field "location" must be a selector/],
    [{ ...valid, dateFormats: [] }, /"dateFormats" must be a list/],
    [{ ...valid, dateFormats: ['HH:mm a'] }, /"HH:mm a" cannot be used/],
    [{ ...valid, dateFormats: ['yyyy'] }, /does not give a month and day/],
    [{ ...valid, timeFormats: ['yyyy-MM-dd'] }, /does not give an hour and minutes/],
    [{ ...valid, timeZone: 'Mars/Olympus' }, /"timeZone" must be an IANA zone/],
    [{ ...valid, dateFormat: 'MMMM d' }, /unknown recipe key "dateFormat"/],
  ])('reports %j', (recipe, problem) => {
    expect(validateRecipe(recipe).join('\n')).toMatch(problem);
  });
});
