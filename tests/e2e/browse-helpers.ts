// Shared pieces of the browsing e2e specs: the e2e database (the same one the server reads) and
// an axe-core run. @axe-core/playwright is not a dependency yet, so axe-core (present through
// eslint-plugin-jsx-a11y) is injected through Playwright's evaluate, which the page's CSP does not govern.
import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import { createDb } from "../../lib/db";

export const e2eDb = () => createDb(process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db");

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}

/** Meeting ids shown on the page, in order. */
export async function shownMeetingIds(page: Page): Promise<number[]> {
  return page
    .getByTestId("meeting")
    .evaluateAll((cards) =>
      cards.map((c) => Number(c.querySelector('a[href^="/meetings/"]')?.getAttribute("href")?.split("/").pop())),
    );
}
