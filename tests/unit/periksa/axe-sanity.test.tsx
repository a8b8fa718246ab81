import { describe, expect, it } from 'vitest';
import { allAxeViolations, axeViolations } from './axe';

describe('axe-core runs in happy-dom', () => {
  it('finds real problems (so an empty result means something)', async () => {
    document.body.innerHTML = '<main><button></button><input type="text"><img src="x.png"><div role="switch"></div></main>';
    const v = await axeViolations();
    expect(v.join('\n')).toMatch(/button-name/);
    expect(v.join('\n')).toMatch(/label/);
    expect(v.join('\n')).toMatch(/image-alt/);
    expect((await allAxeViolations()).length).toBeGreaterThanOrEqual(v.length);
    document.body.innerHTML = '';
  });
});
