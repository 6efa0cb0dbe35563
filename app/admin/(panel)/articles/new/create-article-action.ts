"use server";
import { createHash } from "node:crypto";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { decodeArticleBytes } from "@/lib/ingest/decode";
import { whenBusy } from "@/lib/mutations/busy";
import { createArticle, previewArticle, type ArticlePreview } from "@/lib/mutations/create-article";
import { MAX_NEW_ARTICLE_BYTES, newArticleSchema } from "@/lib/schemas/article-new";
import { failure, formDataToObject, toFieldErrors } from "@/lib/schemas/form-state";
import { afterChange } from "../../../_lib/after-change";
import type { NewArticleState } from "./new-article-state";

/** decodeArticleBytes speaks English to the CLI; the admin reads Arabic. */
function fileMessage(error: string): string {
  if (/empty|no text/.test(error)) return "الملف فارغ";
  if (/too large/.test(error)) return `الملف أكبر من ${MAX_NEW_ARTICLE_BYTES / 1024} ك.ب`;
  if (/binary/.test(error)) return "الملف ليس نصًا (يبدو ملفًا ثنائيًا)";
  if (/UTF-8/.test(error)) return "الملف ليس نصًا بترميز UTF-8";
  if (/no letters/.test(error)) return "الملف لا يحتوي حروفًا";
  return "تعذرت قراءة الملف";
}

function fingerprint(text: string, published: string | null): string {
  return createHash("sha256")
    .update(`${published ?? ""}\n${text}`)
    .digest("hex")
    .slice(0, 32);
}

export async function createArticleAction(
  _prev: NewArticleState | undefined,
  formData: FormData,
): Promise<NewArticleState> {
  const user = await requireAdmin();
  const raw = formDataToObject(formData);
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    if (!/\.txt$/i.test(file.name) && !file.type.startsWith("text/")) {
      return failure({ ...raw, text: "" }, { file: ["ارفع ملفًا نصيًا بامتداد .txt"] });
    }
    if (file.size > MAX_NEW_ARTICLE_BYTES)
      return failure({ ...raw, text: "" }, { file: [`الملف أكبر من ${MAX_NEW_ARTICLE_BYTES / 1024} ك.ب`] });
    const decoded = decodeArticleBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!decoded.ok) return failure({ ...raw, text: "" }, { file: [fileMessage(decoded.error)] });
    raw.text = decoded.text;
  }
  const parsed = newArticleSchema.safeParse(raw);
  if (!parsed.success) return failure(raw, toFieldErrors(parsed.error), "لم يُحفظ شيء: راجع الحقول المعلَّمة");
  const data = parsed.data;
  const db = getDb();
  const print = fingerprint(data.text, data.published);
  const values = { ...raw, text: data.text };
  if (data.intent === "preview" || data.previewed !== print) {
    const preview = await previewArticle(db, data);
    return { ...failure(values, {}), preview: { ...preview, fingerprint: print } };
  }
  const result = await createArticle(db, user.id, data);
  if (!result.ok) {
    // Busy: nothing was stored. The form keeps the text and the preview, so "confirm" retries in one
    // click; if even the preview cannot be read now, the admin previews again.
    const preview = await whenBusy<ArticlePreview | null>(
      () => previewArticle(db, data),
      () => null,
    );
    return {
      ...failure(values, {}, result.formError),
      ...(preview ? { preview: { ...preview, fingerprint: print } } : {}),
    };
  }
  if (result.created) await afterChange({ articleIds: [result.articleId] });
  redirect(`/admin/articles/${result.articleId}?created=${result.created ? "1" : "0"}`);
}
