/** Small helpers the specs share for driving fixture pages. */
import type { Page } from 'playwright-core';
import type { EditorCase } from './cases';

export interface FixtureState {
  editor: string;
  text: string;
  posted: string[];
}

export async function fixtureState(page: Page): Promise<FixtureState> {
  return page.evaluate(() => {
    const f = (window as unknown as { __fixture: { editor: string; getText(): string; posted: string[] } }).__fixture;
    return { editor: f.editor, text: f.getText(), posted: [...f.posted] };
  });
}

export async function modelText(page: Page): Promise<string> {
  return (await fixtureState(page)).text;
}

/** Wait until the editor model's text equals `expected` (editors update their model asynchronously). */
export async function waitForModelText(page: Page, expected: string, timeout = 5_000): Promise<void> {
  try {
    await page.waitForFunction(
      (exp) => (window as unknown as { __fixture: { getText(): string } }).__fixture.getText() === exp,
      expected,
      { timeout, polling: 50 },
    );
  } catch {
    throw new Error(`editor model text is ${JSON.stringify(await modelText(page))}, expected ${JSON.stringify(expected)}`);
  }
}

export async function waitForPosted(page: Page, count: number, timeout = 5_000): Promise<string[]> {
  await page.waitForFunction(
    (n) => (window as unknown as { __fixture: { posted: string[] } }).__fixture.posted.length >= n,
    count,
    { timeout, polling: 50 },
  );
  return (await fixtureState(page)).posted;
}

/** Click into the box; when it is not on the page yet, first click `openFirst` (a placeholder, "new post"). */
export async function focusBox(page: Page, c: EditorCase): Promise<void> {
  if (c.openFirst && (await page.locator(c.box).count()) === 0) {
    await page.click(c.openFirst);
    await page.waitForSelector(c.box, { timeout: 5_000 });
  }
  await page.click(c.box);
  await page.waitForFunction((sel) => document.activeElement?.matches(sel) ?? false, c.box, { timeout: 5_000 });
}

/** Send the way a user would: click the send control, or press Enter in the box. */
export async function send(page: Page, c: EditorCase): Promise<void> {
  if (c.send === 'Enter') await page.keyboard.press('Enter');
  else await page.click(c.send);
}

/** Select everything in the focused box (Ctrl+A stays inside a focused contenteditable/textarea). */
export async function selectAll(page: Page): Promise<void> {
  await page.keyboard.press('Control+A');
}
