"use client";

/** The error boundary of every data route: a message, and a retry that re-renders the segment. */
export function RouteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 p-6">
      <h1 className="mb-2 text-xl font-bold">حدث خطأ غير متوقع</h1>
      <p className="mb-4">تعذّر عرض هذه الصفحة. حاول مرة أخرى بعد قليل.</p>
      <button type="button" onClick={reset} className="rounded bg-accent px-4 py-1 text-white">
        إعادة المحاولة
      </button>
    </div>
  );
}
