import { useEffect, useMemo, useRef } from 'react';
import { Card, Typography } from 'antd';
import { useT } from '../../lib/i18n.ts';
import { reviewText } from '../messages.ts';

interface SourceTextPanelProps {
  text: string;
  /** A passage to show: it is marked and scrolled into view. */
  highlight: { start: number; end: number; seq: number } | null;
}

/** The plan as received, read-only, beside the fields read from it. */
export function SourceTextPanel({ text, highlight }: SourceTextPanelProps) {
  const t = useT();
  const markRef = useRef<HTMLElement>(null);
  const parts = useMemo(() => {
    if (!highlight) return null;
    return [
      text.slice(0, highlight.start),
      text.slice(highlight.start, highlight.end),
      text.slice(highlight.end),
    ];
  }, [text, highlight]);

  useEffect(() => {
    markRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [highlight]);

  return (
    <Card
      size="small"
      className="plan-review__source"
      title={t(reviewText.sourceTitle)}
      extra={<Typography.Text type="secondary">{t(reviewText.sourceHint)}</Typography.Text>}
    >
      <pre className="plan-review__source-text" tabIndex={0} aria-label={t(reviewText.sourceTitle)}>
        {parts ? (
          <>
            {parts[0]}
            <mark ref={markRef}>{parts[1]}</mark>
            {parts[2]}
          </>
        ) : (
          text
        )}
      </pre>
    </Card>
  );
}

/** Where a task's words sit in the source: its title's opening words, else its code as a heading. */
export function findInSource(
  text: string,
  task: { code: string; title: string },
): { start: number; end: number } | null {
  const title = task.title.trim();
  for (const length of [80, 40, 20]) {
    const probe = title.slice(0, length);
    if (probe.length < 6) continue;
    const start = text.indexOf(probe);
    if (start >= 0) return { start, end: start + probe.length };
  }
  const code = new RegExp(`(^|\\n)[*#\\s]*${task.code.replace(/\./g, '\\.')}\\.?\\s`);
  const match = code.exec(text);
  if (!match) return null;
  const start = match.index + (match[1]?.length ?? 0);
  return { start, end: start + match[0].length - (match[1]?.length ?? 0) };
}
