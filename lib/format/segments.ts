// Splits an article into runs for highlighting evidence: each run is plain text or covered by
// one or more evidence spans. Runs are rendered as React text (never HTML), and a highlight
// only adds a background, so Arabic letters on either side of a boundary keep joining.

export interface EvidenceSpan {
  id: number;
  kind: string;
  start: number;
  end: number;
}

export interface Run {
  text: string;
  start: number;
  /** Evidence covering this run (empty for plain text). */
  covers: EvidenceSpan[];
  /** Evidence that begins at this run: its anchor (#ev-ID) goes here. */
  starts: EvidenceSpan[];
}

export function evidenceRuns(text: string, spans: EvidenceSpan[]): Run[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const covers = valid.filter((s) => s.start <= a && s.end >= b);
    const starts = valid.filter((s) => s.start === a);
    const prev = runs.at(-1);
    // Adjacent runs with the same cover and no new anchor are one run.
    if (prev && starts.length === 0 && sameIds(prev.covers, covers)) prev.text += text.slice(a, b);
    else runs.push({ text: text.slice(a, b), start: a, covers, starts });
  }
  return runs;
}

function sameIds(x: EvidenceSpan[], y: EvidenceSpan[]): boolean {
  return x.length === y.length && x.every((s, i) => s.id === y[i]?.id);
}
