import { formatMeetingDate, meetingHijri } from "@/lib/format";

/** A meeting date as Arabic text with its precision, and the Hijri date beside it where the day is known. */
export function MeetingDate({
  start,
  end,
  precision,
  className,
}: {
  start: string | null;
  end: string | null;
  precision: string;
  className?: string;
}) {
  const hijri = meetingHijri(start, end, precision);
  return (
    <span className={className}>
      <time dateTime={start ?? undefined}>{formatMeetingDate(start, end, precision)}</time>
      {hijri && <span className="ms-2 text-sm font-normal text-muted">({hijri})</span>}
    </span>
  );
}
