import Link from "next/link";
import type { FilterOptions } from "@/lib/queries/filter-options";
import type { FilterRefs } from "@/lib/queries/filter-refs";
import type { TimelineFilters } from "@/lib/schemas/timeline-filters";
import { MAX_OFFICIALS } from "@/lib/schemas/timeline-filters";
import { OfficialCombobox } from "./official-combobox";

const field = "block w-full rounded border border-stone-400 bg-white px-2 py-1";
const label = "mb-1 block text-sm font-bold";

/**
 * A plain GET form: it works without JavaScript and writes nothing but the URL. Officials already
 * chosen travel as hidden fields (removed through their chips); the text field adds one more,
 * by slug or by name, with suggestions fetched as you type once scripts run (official-combobox.tsx).
 */
export function FilterForm({
  action,
  filters,
  refs,
  options,
  officialLabel = "مسؤول",
}: {
  action: string;
  filters: TimelineFilters;
  refs: FilterRefs;
  options: FilterOptions;
  officialLabel?: string;
}) {
  const canAddOfficial = refs.officials.length < MAX_OFFICIALS;
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label="تصفية اللقاءات"
      className="mb-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      {refs.officials.map((o) => (
        <input key={o.slug} type="hidden" name="official" value={o.slug} />
      ))}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="f-q" className={label}>
            بحث
          </label>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={200}
            aria-describedby="f-q-hint"
            className={field}
          />
          <p id="f-q-hint" className="mt-1 text-xs text-muted">
            في الأسماء (بالعربية أو اللاتينية) والأماكن والمواضيع ونصوص المقالات.
          </p>
        </div>
        {canAddOfficial && (
          <div className="sm:col-span-2">
            <label id="f-official-label" htmlFor="f-official" className={label}>
              {refs.officials.length ? `${officialLabel} آخر` : officialLabel}
            </label>
            <OfficialCombobox
              id="f-official"
              name="official"
              labelId="f-official-label"
              describedBy="f-official-hint"
              className={field}
            />
            <p id="f-official-hint" className="mt-1 text-xs text-muted">
              اكتب الاسم بالعربية أو اللاتينية واختر من الاقتراحات؛ عند اختيار عدة مسؤولين تظهر اللقاءات التي جمعتهم
              كلهم.
            </p>
          </div>
        )}
        {options.agencies.length > 0 && (
          <div>
            <label htmlFor="f-agency" className={label}>
              الجهة
            </label>
            <select id="f-agency" name="agency" defaultValue={refs.agency?.slug ?? ""} className={field}>
              <option value="">كل الجهات</option>
              {options.agencies.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.nameAr}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="f-country" className={label}>
            البلد
          </label>
          <select id="f-country" name="country" defaultValue={filters.country ?? ""} className={field}>
            <option value="">كل البلدان</option>
            {options.countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.nameAr}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-from" className={label}>
            من تاريخ
          </label>
          <input
            id="f-from"
            name="from"
            defaultValue={filters.from ?? ""}
            inputMode="numeric"
            placeholder="2020 أو 2020-12"
            aria-describedby="f-date-hint"
            dir="ltr"
            className={`${field} text-end`}
          />
        </div>
        <div>
          <label htmlFor="f-to" className={label}>
            إلى تاريخ
          </label>
          <input
            id="f-to"
            name="to"
            defaultValue={filters.to ?? ""}
            inputMode="numeric"
            placeholder="2023 أو 2023-06-30"
            aria-describedby="f-date-hint"
            dir="ltr"
            className={`${field} text-end`}
          />
        </div>
        <p id="f-date-hint" className="text-xs text-muted sm:col-span-2 lg:col-span-4">
          التاريخ سنة (2020) أو شهر (2020-12) أو يوم (2020-12-15).
        </p>
        <div>
          <label htmlFor="f-status" className={label}>
            الحالة
          </label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={field}>
            <option value="">الكل</option>
            <option value="held">انعقد</option>
            <option value="planned">مرتقب</option>
          </select>
        </div>
        <div>
          <label htmlFor="f-review" className={label}>
            المراجعة
          </label>
          <select id="f-review" name="review" defaultValue={filters.review ?? ""} className={field}>
            <option value="">الكل</option>
            <option value="reviewed">مُراجَع</option>
            <option value="machine">مستخرج آليا</option>
          </select>
        </div>
        <div>
          <label htmlFor="f-order" className={label}>
            الترتيب
          </label>
          <select id="f-order" name="order" defaultValue={filters.order} className={field}>
            <option value="desc">الأحدث أولاً</option>
            <option value="asc">الأقدم أولاً</option>
          </select>
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded bg-accent px-4 py-1 font-bold text-white">
            تطبيق
          </button>
          <Link href={action} className="text-sm">
            مسح الكل
          </Link>
        </div>
      </div>
    </form>
  );
}
