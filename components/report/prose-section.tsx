// Sections 一, 五 and 六 as the text the reader kept: paragraphs as text nodes (never HTML),
// with the Markdown-style headings of text conversions shown as subheadings.
import { zhCNReport } from '@/lib/messages/zh-CN-report';

export function ProseText({ text }: { text: string | null | undefined }) {
  if (!text?.trim()) return <p className="muted">{zhCNReport.sections.missingText}</p>;
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div className="prose">
      {paragraphs.map((paragraph, index) =>
        /^#{1,6}\s/.test(paragraph) ? (
          <h4 key={index}>{paragraph.replace(/^#{1,6}\s*/, '')}</h4>
        ) : (
          <p key={index}>{paragraph}</p>
        ),
      )}
    </div>
  );
}
