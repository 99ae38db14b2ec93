import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Waits until the popup's status line says something matching `text`, and returns it. */
export async function statusSays(popup: Page, text: RegExp): Promise<string> {
  const status = popup.locator('.status-area');
  await status.getByText(text).first().waitFor({ timeout: 30_000 });
  return status.innerText();
}

/** Clicks "Clip this page" and, if the page is not an article and `anyway`, "Clip anyway". */
export async function clipThisPage(popup: Page, anyway = true): Promise<string> {
  await popup.getByRole('button', { name: 'Clip this page' }).click();
  const said = await statusSays(popup, /Saved|Updated|does not look like|cannot|could not/);
  if (/does not look like/.test(said) && anyway) {
    await popup.getByRole('button', { name: 'Clip anyway' }).click();
    return statusSays(popup, /Saved|Updated|cannot|could not/);
  }
  return said;
}

/** The headlines in the popup's list, top to bottom. */
export async function listedHeadlines(popup: Page): Promise<string[]> {
  return popup.getByRole('list', { name: 'Clips' }).getByRole('heading').allInnerTexts();
}

/** Fails the test on any Content Security Policy report in `page`'s console. */
export function forbidCspViolations(page: Page): () => void {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  return () => expect(violations).toEqual([]);
}
