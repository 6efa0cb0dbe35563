// How the extractor reads an event's name, in one place for lib/extract/events.ts (which matches
// names in articles) and the admin form (which refuses names the extractor would ignore). Pure and
// free of Node modules: the form's schema runs in the browser too.
import { buildDoc, formKeys } from "./tokens";

/**
 * A one-word name («القمة», «الانتخابات») occurs in sentences about any summit or election, so
 * it would date meetings against the wrong event: the extractor skips names shorter than this.
 */
export const MIN_EVENT_NAME_WORDS = 2;

/** A name's words as the article tokenizer sees them (same normalization), each with its clitic readings. */
export function eventNameWords(name: string): string[][] {
  return buildDoc(name)
    .tokens.filter((t) => t.kind !== "p")
    .map((t) => formKeys(t.n))
    .filter((w) => w.length > 0);
}
