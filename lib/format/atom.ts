// Atom 1.0 (RFC 4287) documents. Every piece of text goes through xmlEscape: names, places and
// topics come from news articles and may hold anything.

export function xmlEscape(s: string): string {
  return (
    s
      // Characters XML 1.0 forbids outright (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/F).
      .replace(
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        "",
      )
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  updated: Date;
  published?: Date;
  summary: string;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The HTML page this feed mirrors. */
  link: string;
  /** The feed's own URL. */
  self: string;
  updated: Date;
  entries: AtomEntry[];
}

export function atomFeed(feed: AtomFeed): string {
  const e = xmlEscape;
  const entries = feed.entries
    .map(
      (x) => `  <entry>
    <id>${e(x.id)}</id>
    <title type="text">${e(x.title)}</title>
    <link rel="alternate" type="text/html" href="${e(x.link)}"/>
    <updated>${x.updated.toISOString()}</updated>
${x.published ? `    <published>${x.published.toISOString()}</published>\n` : ""}${(x.categories ?? []).map((c) => `    <category term="${e(c)}"/>\n`).join("")}    <summary type="text">${e(x.summary)}</summary>
  </entry>
`,
    )
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <id>${e(feed.id)}</id>
  <title type="text">${e(feed.title)}</title>
${feed.subtitle ? `  <subtitle type="text">${e(feed.subtitle)}</subtitle>\n` : ""}  <link rel="alternate" type="text/html" href="${e(feed.link)}"/>
  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>
  <updated>${feed.updated.toISOString()}</updated>
  <author><name>لقاءات</name></author>
  <generator>liqaat</generator>
${entries}</feed>
`;
}
