// Lighthouse 12 (default mobile preset: simulated slow 4G and 4× CPU slowdown) against Debian's
// Chromium, one fresh browser per URL. Failing audits are kept so the report says what to fix.
export interface LighthouseResult {
  page: string;
  url: string;
  scores: Record<string, number | null>;
  failing: string[];
  note: string;
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

export async function benchLighthouse(targets: { page: string; url: string }[]): Promise<LighthouseResult[]> {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const out: LighthouseResult[] = [];
  for (const t of targets) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
    });
    try {
      const r = await lighthouse(t.url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
      });
      const lhr = r?.lhr;
      if (!lhr) {
        out.push({ page: t.page, url: t.url, scores: {}, failing: [], note: "n/a: lighthouse returned nothing" });
        continue;
      }
      const scores: Record<string, number | null> = {};
      const failing: string[] = [];
      for (const id of CATEGORIES) {
        const cat = lhr.categories[id];
        scores[id] = cat?.score ?? null;
        if (id === "performance" || !cat) continue;
        for (const ref of cat.auditRefs) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.push(`${id}: ${a.id}`);
        }
      }
      const perf = lhr.audits;
      const metric = (id: string) => perf[id]?.displayValue ?? "—";
      out.push({
        page: t.page,
        url: t.url,
        scores,
        failing,
        note: `FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}`,
      });
    } catch (e) {
      out.push({
        page: t.page,
        url: t.url,
        scores: {},
        failing: [],
        note: `n/a: ${(e as Error).message.split("\n")[0]}`,
      });
    } finally {
      chrome.kill();
    }
  }
  return out;
}
