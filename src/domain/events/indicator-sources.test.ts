import { describe, expect, it } from 'vitest';
import { matchesSourceFilter, type RecordedActivity, suggestValue } from './indicator-sources.ts';

const nothing: RecordedActivity = {
  events: 0,
  participants: 0,
  media: 0,
  findings: 0,
  changeFindings: 0,
  statedNothingFound: false,
};

describe('indicator values offered from recorded activity', () => {
  it('offers counts and participants of the events, saying where they come from', () => {
    const activity = { ...nothing, events: 2, participants: 350 };
    expect(suggestValue('event_count', activity)).toEqual({
      value: 2,
      source: {
        vi: 'Tự động từ 2 hội nghị, lớp, cuộc đã ghi nhận trong kỳ',
        en: 'Filled from 2 events recorded in the period',
      },
    });
    expect(suggestValue('event_participants', activity)?.value).toBe(350);
  });

  it('offers nothing when nothing was recorded: an empty record is not a zero', () => {
    expect(suggestValue('event_count', nothing)).toBeUndefined();
    expect(suggestValue('media_count', nothing)).toBeUndefined();
    expect(suggestValue('finding_count', nothing)).toBeUndefined();
  });

  it('counts a unit that found nothing to change as a true zero', () => {
    const stated = { ...nothing, statedNothingFound: true };
    expect(suggestValue('finding_change_count', stated)).toMatchObject({ value: 0 });
    expect(suggestValue('finding_change_count', { ...nothing, findings: 3, changeFindings: 2 })?.value).toBe(
      2,
    );
  });
});

describe('the indicator sources filter', () => {
  const sourced = { name: 'Số lớp tập huấn', source: 'event_count' as const };
  const manual = { name: 'Kinh phí hỗ trợ', source: null };
  it('finds a name without its diacritics, and keeps only sourced or hand-typed indicators', () => {
    expect(matchesSourceFilter(sourced, { q: 'lop tap huan' })).toBe(true);
    expect(matchesSourceFilter(manual, { q: 'lop tap huan' })).toBe(false);
    expect(matchesSourceFilter(sourced, { only: 'manual' })).toBe(false);
    expect(matchesSourceFilter(manual, { only: 'manual' })).toBe(true);
    expect(matchesSourceFilter(sourced, {})).toBe(true);
  });
});
