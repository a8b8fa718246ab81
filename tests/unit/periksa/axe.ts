import axe from 'axe-core';

/**
 * axe-core on the rendered DOM (happy-dom). Rules that need real layout (color-contrast measures
 * computed colours and geometry) cannot run here; the end-to-end run in Chromium checks those.
 */
export async function axeViolations(root: Element = document.body, impacts: string[] = ['serious', 'critical']) {
  const res = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    resultTypes: ['violations'],
  });
  return res.violations
    .filter((v) => impacts.includes(v.impact ?? ''))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** All violations of any impact, for a stricter look. */
export async function allAxeViolations(root: Element = document.body) {
  return axeViolations(root, ['minor', 'moderate', 'serious', 'critical']);
}
