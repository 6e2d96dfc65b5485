import { describe, expect, it } from 'vitest';
import {
  countOutcomes,
  countReviewedDocuments,
  type ReviewConsolidationFinding,
} from './review-consolidation.ts';

const finding = (
  outcome: ReviewConsolidationFinding['outcome'],
  number: string | null,
): ReviewConsolidationFinding => ({
  document: number
    ? { number, kind: 'resolution', issuer: 'hdnd', issuedOn: '2019-01-01', title: 'X' }
    : null,
  unitName: 'Sở Tư pháp',
  outcome,
  provisions: null,
  reason: 'Lý do',
  proposal: null,
});

describe('review consolidation counts', () => {
  it('counts findings per outcome in a fixed order and documents once each', () => {
    const findings = [
      finding('amend', '1/NQ'),
      finding('amend', '2/NQ'),
      finding('keep', '1/NQ'),
      finding('new_document', null),
    ];
    expect(countOutcomes(findings)).toEqual([
      { outcome: 'keep', count: 1 },
      { outcome: 'amend', count: 2 },
      { outcome: 'replace', count: 0 },
      { outcome: 'repeal', count: 0 },
      { outcome: 'new_document', count: 1 },
    ]);
    expect(countReviewedDocuments(findings)).toBe(2);
  });
});
