import { LabelCap } from './label-cap';

describe('LabelCap', () => {
  it('keeps values matching the pattern, up to the maximum number of distinct ones', () => {
    const cap = new LabelCap(/^[A-Za-z_]\w{0,63}$/, 2);
    expect(cap.label('Plan')).toBe('Plan');
    expect(cap.label('Events')).toBe('Events');
    expect(cap.label('Sources')).toBe('other');
    // Values already seen stay themselves once the cap is reached.
    expect(cap.label('Plan')).toBe('Plan');
  });

  it('turns values not matching the pattern into "other" without using up the cap', () => {
    const cap = new LabelCap(/^[A-Za-z_]\w{0,63}$/, 1);
    expect(cap.label('1abc')).toBe('other');
    expect(cap.label('a'.repeat(65))).toBe('other');
    expect(cap.label('with space')).toBe('other');
    expect(cap.label('Plan')).toBe('Plan');
  });
});
