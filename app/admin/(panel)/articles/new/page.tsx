import type { Metadata } from "next";
import { NewArticleForm } from "./new-article-form";

export const metadata: Metadata = { title: "مقال جديد" };

export default function NewArticlePage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">مقال جديد</h1>
      <p className="text-muted">الصق نص المقال أو ارفع ملفًا نصيًا، ثم عاين ما يستخرجه النظام قبل الحفظ.</p>
      <NewArticleForm />
    </div>
  );
}
