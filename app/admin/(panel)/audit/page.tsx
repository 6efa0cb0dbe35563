import type { Metadata } from "next";
import Link from "next/link";
import { getAdminOrNull } from "@/lib/auth";
import { formatDay, formatMeetingDate, formatNumber } from "@/lib/format";
import { changedKeys } from "@/lib/mutations/audit";
import { fieldLabel, isRevertable } from "@/lib/mutations/revert-change";
import { getOfficialNames, listAudit } from "@/lib/queries/admin-audit";
import {
  AUDIT_ACTOR_LABELS,
  AUDIT_ACTORS,
  AUDIT_ENTITIES,
  AUDIT_ENTITY_LABELS,
  auditFiltersSchema,
} from "@/lib/schemas/audit-filters";
import { SIDE_LABELS } from "@/lib/schemas/meeting-form";
import { RevertButton } from "./revert-button";

export const metadata: Metadata = { title: "سجل التغييرات" };

const ACTION_LABELS: Record<string, string> = {
  update: "تعديل",
  review: "مراجعة",
  delete: "حذف",
  merge: "دمج",
  revert: "تراجع",
  ingest: "إضافة مقال",
  create: "إنشاء",
};

const ENTITY_PATH: Record<string, string> = {
  Meeting: "meetings",
  Official: "officials",
  Agency: "agencies",
  Article: "articles",
  KnowledgeEvent: "events",
};

type Json = Record<string, unknown>;

function parse(s: string | null): Json | null {
  if (!s) return null;
  try {
    return JSON.parse(s) as Json;
  } catch {
    return null;
  }
}

function whenText(d: Date): string {
  const iso = d.toISOString();
  return `${formatDay(iso.slice(0, 10), false)} ${iso.slice(11, 16)} (UTC)`;
}

function show(key: string, value: unknown, names: Map<number, string>): string {
  if (value === null || value === undefined || value === "") return "—";
  if (key === "participants" && Array.isArray(value)) {
    return (value as { officialId: number | null; roleText: string | null; side: string }[])
      .map(
        (p) =>
          `${p.officialId !== null ? (names.get(p.officialId) ?? `#${p.officialId}`) : (p.roleText ?? "؟")} (${SIDE_LABELS[p.side as keyof typeof SIDE_LABELS] ?? p.side})`,
      )
      .join("، ");
  }
  // Officials' and agencies' aliases are rows; an event's are plain names.
  if (key === "aliases" && Array.isArray(value))
    return (value as (string | { alias: string })[]).map((a) => (typeof a === "string" ? a : a.alias)).join("، ");
  if ((key === "start" || key === "end") && typeof value === "string") return formatDay(value, false);
  if (key === "tenures" && Array.isArray(value)) {
    return (value as { positionId: number; from: string | null; to: string | null }[])
      .map((t) => `منصب #${t.positionId} (${t.from ?? "؟"} – ${t.to ?? "الآن"})`)
      .join("، ");
  }
  if (key === "dates" && Array.isArray(value)) {
    return (
      value as {
        meetingId: number;
        meeting: { dateStart: string | null; dateEnd: string | null; precision: string } | null;
      }[]
    )
      .map(
        (d) =>
          `اللقاء ${d.meetingId}: ${d.meeting ? formatMeetingDate(d.meeting.dateStart, d.meeting.dateEnd, d.meeting.precision) : "—"}`,
      )
      .join("؛ ");
  }
  if (Array.isArray(value)) return value.map(String).join("، ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function collectOfficialIds(...snaps: (Json | null)[]): number[] {
  const ids: number[] = [];
  for (const s of snaps) {
    const parts = s?.participants;
    if (Array.isArray(parts))
      for (const p of parts as { officialId: number | null }[]) if (p.officialId !== null) ids.push(p.officialId);
  }
  return ids;
}

/** One of the log's GET filters: «الكل» (no value) or one of `values`, labelled in Arabic. */
function FilterSelect<V extends string>(props: {
  name: string;
  label: string;
  value: V | undefined;
  values: readonly V[];
  labels: Record<V, string>;
}) {
  return (
    <div>
      <label htmlFor={props.name} className="block text-sm font-semibold">
        {props.label}
      </label>
      <select
        id={props.name}
        name={props.name}
        defaultValue={props.value ?? ""}
        className="rounded-md border border-stone-300 px-2 py-1"
      >
        <option value="">الكل</option>
        {props.values.map((v) => (
          <option key={v} value={v}>
            {props.labels[v]}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const filters = auditFiltersSchema.parse({ entity: sp.entity, entityId: sp.entityId, by: sp.by, page: sp.page });
  const [{ rows, total, pages }, user] = await Promise.all([listAudit(filters), getAdminOrNull()]);
  const parsed = rows.map((r) => ({ ...r, b: parse(r.before), a: parse(r.after) }));
  const names = await getOfficialNames(parsed.flatMap((r) => collectOfficialIds(r.b, r.a)));
  const pageHref = (p: number) =>
    `/admin/audit?${new URLSearchParams({ ...(filters.entity ? { entity: filters.entity } : {}), ...(filters.entityId ? { entityId: filters.entityId } : {}), ...(filters.by ? { by: filters.by } : {}), page: String(p) })}`;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">سجل التغييرات</h1>
      {typeof sp.reverted === "string" && (
        <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 p-3">
          تم التراجع عن التغيير {sp.reverted}، وسُجّل التراجع أدناه.
        </p>
      )}
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="تصفية السجل">
        <FilterSelect
          name="entity"
          label="النوع"
          value={filters.entity}
          values={AUDIT_ENTITIES}
          labels={AUDIT_ENTITY_LABELS}
        />
        <FilterSelect name="by" label="المصدر" value={filters.by} values={AUDIT_ACTORS} labels={AUDIT_ACTOR_LABELS} />
        <div>
          <label htmlFor="entityId" className="block text-sm font-semibold">
            الرقم
          </label>
          <input
            id="entityId"
            name="entityId"
            defaultValue={filters.entityId ?? ""}
            inputMode="numeric"
            dir="ltr"
            className="w-28 rounded-md border border-stone-300 px-2 py-1"
          />
        </div>
        <button type="submit" className="rounded-md bg-accent px-4 py-1 text-white">
          تصفية
        </button>
      </form>
      <p className="mb-2 text-sm text-muted">{formatNumber(total)} تغييرًا</p>
      <ol className="space-y-3">
        {parsed.map((r) => {
          // A creation has only an after, a (hard) deletion only a before: show every field it holds.
          const keys =
            r.b && r.a && r.action !== "merge"
              ? changedKeys(r.b, r.a)
              : r.action === "create" && r.a
                ? Object.keys(r.a)
                : r.action === "delete" && r.b
                  ? Object.keys(r.b)
                  : [];
          const path = ENTITY_PATH[r.entity];
          return (
            <li
              key={r.id}
              className="rounded-lg border border-stone-200 bg-white p-4"
              aria-label={`التغيير ${r.id}`}
              data-testid="audit-row"
            >
              <p>
                <strong>
                  {ACTION_LABELS[r.action] ?? r.action}{" "}
                  {AUDIT_ENTITY_LABELS[r.entity as keyof typeof AUDIT_ENTITY_LABELS] ?? r.entity}{" "}
                  {path ? <Link href={`/admin/${path}/${r.entityId}`}>#{r.entityId}</Link> : `#${r.entityId}`}
                </strong>
                <span className="ms-2 text-sm text-muted">
                  التغيير {r.id} · {whenText(r.at)} · <span dir="ltr">{r.actor?.email ?? "النظام"}</span>
                  {r.revertOf ? ` · يتراجع عن ${r.revertOf}` : ""}
                  {r.reverted ? " · تم التراجع عنه" : ""}
                </span>
              </p>
              {r.action === "merge" && r.a && (
                <p className="mt-1 text-sm">
                  دُمج المسؤول #{r.entityId} في{" "}
                  <Link href={`/admin/officials/${String(r.a.survivorId)}`}>#{String(r.a.survivorId)}</Link>
                </p>
              )}
              {r.action === "ingest" && r.a && (
                <p className="mt-1 text-sm">لقاءات: {show("meetings", r.a.meetings, names)}</p>
              )}
              {keys.length > 0 && (
                <table className="mt-2 w-full text-sm">
                  <thead>
                    <tr className="text-muted">
                      <th className="p-1 text-start">الحقل</th>
                      <th className="p-1 text-start">قبل</th>
                      <th className="p-1 text-start">بعد</th>
                    </tr>
                  </thead>
                  <tbody>
                    {keys.map((k) => (
                      <tr key={k} className="border-t border-stone-100 align-top">
                        <th scope="row" className="p-1 text-start font-semibold">
                          {fieldLabel(k)}
                        </th>
                        <td className="p-1">{show(k, r.b?.[k], names)}</td>
                        <td className="p-1">{show(k, r.a?.[k], names)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {user?.role === "admin" && !r.reverted && isRevertable(r) && <RevertButton auditId={r.id} />}
            </li>
          );
        })}
      </ol>
      {pages > 1 && (
        <nav aria-label="الصفحات" className="mt-4 flex gap-4">
          {filters.page > 1 && <Link href={pageHref(filters.page - 1)}>الأحدث</Link>}
          <span>
            صفحة {formatNumber(filters.page)} من {formatNumber(pages)}
          </span>
          {filters.page < pages && <Link href={pageHref(filters.page + 1)}>الأقدم</Link>}
        </nav>
      )}
    </div>
  );
}
