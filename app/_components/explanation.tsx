// How the extractor resolved a date is written in English (the CLI's and exports' language for
// it): isolated as English, left-to-right, so that bidi ordering and screen-reader voices stay
// right inside the Arabic sentence around it.
export function DateExplanation({ text }: { text: string }) {
  return (
    <bdi lang="en" dir="ltr" className="text-muted" data-testid="date-explanation">
      {text}
    </bdi>
  );
}
