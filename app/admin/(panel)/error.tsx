"use client";

export default function AdminError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4">
      <h1 className="mb-2 text-xl font-bold">حدث خطأ غير متوقع</h1>
      <p className="mb-3">
        لم يُحفظ شيء من العملية الأخيرة إن لم تكتمل. حاول مجددًا، وإن تكرر الخطأ فأبلغ المسؤول التقني.
      </p>
      <button type="button" onClick={reset} className="rounded-md border border-stone-300 bg-white px-3 py-1">
        إعادة المحاولة
      </button>
    </div>
  );
}
