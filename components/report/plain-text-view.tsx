'use client';
// The plain text the reader worked on. When a number in the tables is focused or clicked
// (value-cell.tsx buttons carry data-range-start/end), the range it was read from is
// marked here and scrolled into view inside the text box, and a bar at the bottom of the
// window quotes it, so the source is visible without leaving the table. The text is
// rendered as React text nodes only: it comes from arbitrary published files.
import { useEffect, useRef, useState } from 'react';
import { zhCNReport } from '@/lib/messages/zh-CN-report';

const m = zhCNReport.plainText;
const CONTEXT_CHARS = 40;

type Selected = { label: string; start: number; end: number } | { label: string; start: null; end: null };

function readSelection(element: HTMLElement, textLength: number): Selected {
  const label = element.dataset.label ?? '';
  const start = Number(element.dataset.rangeStart);
  const end = Number(element.dataset.rangeEnd);
  const valid = element.dataset.rangeStart !== undefined && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= textLength;
  return valid ? { label, start, end } : { label, start: null, end: null };
}

export function PlainTextView({ text }: { text: string }) {
  const [selected, setSelected] = useState<Selected | null>(null);
  const boxRef = useRef<HTMLPreElement>(null);
  const markRef = useRef<HTMLElement>(null);

  useEffect(() => {
    let current: HTMLElement | null = null;
    const onSelect = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest('[data-cell-key]') : null;
      if (!(target instanceof HTMLElement)) return;
      current?.classList.remove('is-selected');
      current = target;
      target.classList.add('is-selected');
      setSelected(readSelection(target, text.length));
    };
    document.addEventListener('focusin', onSelect);
    document.addEventListener('click', onSelect);
    return () => {
      document.removeEventListener('focusin', onSelect);
      document.removeEventListener('click', onSelect);
    };
  }, [text.length]);

  useEffect(() => {
    // Scroll the text box only, never the page: the reader keeps their place in the table.
    const box = boxRef.current;
    const mark = markRef.current;
    if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  }, [selected]);

  if (!text) return <p className="muted">{m.empty}</p>;
  const range = selected && selected.start !== null ? selected : null;
  return (
    <>
      <p className="muted no-print">{m.hint}</p>
      <pre ref={boxRef} className="plain-text" aria-label={m.heading}>
        {range ? (
          <>
            {text.slice(0, range.start)}
            <mark ref={markRef} className="source-mark">
              {text.slice(range.start, range.end)}
            </mark>
            {text.slice(range.end)}
          </>
        ) : (
          text
        )}
      </pre>
      <div className="source-bar no-print" aria-live="polite" hidden={!selected}>
        {selected ? (
          range ? (
            <>
              {m.selected(range.label)}
              <span className="source-context">
                …{text.slice(Math.max(0, range.start - CONTEXT_CHARS), range.start).replace(/\s+/g, ' ')}
                <mark>{text.slice(range.start, range.end)}</mark>
                {text.slice(range.end, range.end + CONTEXT_CHARS).replace(/\s+/g, ' ')}…
              </span>
            </>
          ) : (
            m.noRange(selected.label)
          )
        ) : null}
      </div>
    </>
  );
}
