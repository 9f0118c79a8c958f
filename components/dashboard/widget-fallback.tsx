/** Placeholder while a widget's query runs (one Suspense boundary per slow widget). */
export function WidgetFallback({ label }: { label: string }) {
  return (
    <div className="widget-fallback" aria-busy="true" role="status">
      {label}…
    </div>
  );
}
