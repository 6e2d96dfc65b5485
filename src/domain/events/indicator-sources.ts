/**
 * Indicator values the system can offer from what units already recorded (issue 7, item 5): events, their
 * participants, media items and review findings. The server counts; this says what the count means.
 */
import { z } from 'zod';
import { foldText } from '../common/text.ts';
import type { LocalizedText } from '../errors.ts';
import { INDICATOR_SOURCES, type IndicatorSource } from './constants.ts';

export const indicatorSourceSchema = z.enum(INDICATOR_SOURCES);

export const indicatorSourceUpdateSchema = z.object({
  /** null: the indicator is typed by hand again. */
  source: indicatorSourceSchema.nullable(),
});

export const indicatorSourceListSchema = z.object({
  items: z.array(z.object({ indicatorId: z.string(), source: indicatorSourceSchema })),
});

/** The sources page's filters: a name to search for, and whether the indicator is filled from records. */
export const indicatorSourceFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  only: z.enum(['sourced', 'manual']).optional(),
});
export type IndicatorSourceFilter = z.infer<typeof indicatorSourceFilterSchema>;

/** Whether an indicator shows under the filters (the page and its .xlsx export use the same rule). */
export function matchesSourceFilter(
  row: { name: string; source: IndicatorSource | null },
  filter: IndicatorSourceFilter,
): boolean {
  const folded = filter.q ? foldText(filter.q) : '';
  return (
    (!folded || foldText(row.name).includes(folded)) &&
    (!filter.only || (filter.only === 'sourced') === (row.source !== null))
  );
}

/** What a unit recorded for one task and period, as the server counted it. */
export interface RecordedActivity {
  events: number;
  participants: number;
  media: number;
  findings: number;
  changeFindings: number;
  /** The unit stated, in a campaign linked to the task, that nothing needed a change. */
  statedNothingFound: boolean;
}

export interface IndicatorSuggestion {
  value: number;
  /** "tự động từ 2 hội nghị, lớp, cuộc đã ghi nhận trong kỳ" */
  source: LocalizedText;
}

/**
 * The value offered for a source, or undefined when the unit recorded nothing it could come from (an empty
 * record is not a zero: the unit may simply not have entered its events). A unit that stated it found
 * nothing has reviewed, so its review counts are a true zero.
 */
export function suggestValue(
  source: IndicatorSource,
  activity: RecordedActivity,
): IndicatorSuggestion | undefined {
  const from = (value: number, vi: string, en: string) => ({
    value,
    source: { vi: `Tự động từ ${vi}`, en: `Filled from ${en}` },
  });
  switch (source) {
    case 'event_count':
      return activity.events > 0
        ? from(
            activity.events,
            `${activity.events} hội nghị, lớp, cuộc đã ghi nhận trong kỳ`,
            `${activity.events} events recorded in the period`,
          )
        : undefined;
    case 'event_participants':
      return activity.events > 0
        ? from(
            activity.participants,
            `số người tham dự của ${activity.events} hội nghị, lớp, cuộc đã ghi nhận trong kỳ`,
            `the participants of ${activity.events} events recorded in the period`,
          )
        : undefined;
    case 'media_count':
      return activity.media > 0
        ? from(
            activity.media,
            `${activity.media} tin, bài đã ghi nhận trong kỳ`,
            `${activity.media} media items recorded in the period`,
          )
        : undefined;
    case 'finding_count':
    case 'finding_change_count': {
      const value = source === 'finding_count' ? activity.findings : activity.changeFindings;
      if (activity.findings > 0)
        return from(
          value,
          `${activity.findings} kết quả rà soát đơn vị đã ghi`,
          `${activity.findings} review findings recorded`,
        );
      return activity.statedNothingFound
        ? from(0, 'báo cáo rà soát: không có văn bản cần kiến nghị', 'the review: nothing needed a change')
        : undefined;
    }
  }
}
