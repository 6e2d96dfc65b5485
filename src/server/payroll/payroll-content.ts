// The stored form of a payroll's lines (table payroll_content): members once, line templates once (the
// computation shares one template — explanation and segments included — between members in post over the same
// days in the same role), and each line as a (member, template) pair. Templates and their segments are stored
// as arrays (version 2): field names were two thirds of a national month's 163 MB of documents. A commune's
// month is a few kB. Version 1 (objects) is still read.
import { dateOfDay } from '../../domain/payroll/calendar.ts';
import type { CorrectionLine } from '../../domain/payroll/corrections.ts';
import type {
  PayrollLine,
  PayrollLinePairs,
  PayrollLineTemplate,
  PayrollSegment,
  PayrollWarning,
} from '../../domain/payroll/compute-payroll.ts';
import type { PayrollRole, RateBasis, RateKind, RateUnit } from '../../domain/payroll/constants.ts';

/** A segment: days of the month (from, to), days paid, role, rate set (index into `rateSets`), then the rest. */
type StoredSegment = [
  from: number,
  to: number,
  days: number,
  role: PayrollRole,
  rateSet: number,
  basis: RateBasis,
  value: number,
  baseSalary: number | null,
  contribution: number | null,
  rate: number,
];

type StoredTemplate = [
  kind: RateKind,
  unit: RateUnit,
  role: PayrollRole,
  days: number,
  daysInMonth: number,
  rate: number,
  amount: number,
  explanation: string,
  missing: PayrollLineTemplate['missing'],
  segments: StoredSegment[],
];

interface StoredContent<Template> {
  month: string;
  /** [memberId, fullName, teamIndex] */
  members: [string, string, number][];
  /** [teamId, teamName] */
  teams: [string, string][];
  templates: Template[];
  /** Flat pairs: member index, template index. */
  lines: number[];
  corrections: CorrectionLine[];
  warnings: PayrollWarning[];
}

type StoredContentV1 = StoredContent<PayrollLineTemplate> & { v: 1 };
type StoredContentV2 = StoredContent<StoredTemplate> & { v: 2; rateSets: string[] };

export interface PayrollContent {
  lines: PayrollLine[];
  corrections: CorrectionLine[];
  warnings: PayrollWarning[];
}

/** The stored document of a computed payroll: its line pairs as they are, the members' teams once. */
export function encodeContent(
  month: string,
  { linePairs, corrections, warnings }: { linePairs: PayrollLinePairs } & Omit<PayrollContent, 'lines'>,
): string {
  const teams = new Map<string, number>();
  const rateSets = new Map<string, number>();
  const stored: StoredContentV2 = {
    v: 2,
    month,
    members: [],
    teams: [],
    rateSets: [],
    templates: [],
    lines: linePairs.pairs as number[],
    corrections,
    warnings,
  };
  for (const member of linePairs.members) {
    let t = teams.get(member.teamId);
    if (t === undefined) {
      t = stored.teams.length;
      teams.set(member.teamId, t);
      stored.teams.push([member.teamId, member.teamName]);
    }
    stored.members.push([member.memberId, member.fullName, t]);
  }
  const rateSetIndex = (id: string) => {
    let r = rateSets.get(id);
    if (r === undefined) {
      r = stored.rateSets.length;
      rateSets.set(id, r);
      stored.rateSets.push(id);
    }
    return r;
  };
  for (const t of linePairs.templates) {
    stored.templates.push([
      t.kind,
      t.unit,
      t.role,
      t.days,
      t.daysInMonth,
      t.rate,
      t.amount,
      t.explanation,
      t.missing,
      t.segments.map((s) => [
        dayOf(month, s.from),
        dayOf(month, s.to),
        s.days,
        s.role,
        rateSetIndex(s.rateSetId),
        s.basis,
        s.value,
        s.baseSalary,
        s.contribution,
        s.rate,
      ]),
    ]);
  }
  return JSON.stringify(stored);
}

/** The day number of a date of `month` (a template's segments never leave its month). */
function dayOf(month: string, date: string): number {
  if (date.slice(0, 7) !== month) throw new Error(`Segment date ${date} outside payroll month ${month}`);
  return Number(date.slice(8, 10));
}

function templateOf(month: string, rateSets: readonly string[], stored: StoredTemplate): PayrollLineTemplate {
  const [kind, unit, role, days, daysInMonth, rate, amount, explanation, missing, segments] = stored;
  return {
    kind,
    unit,
    role,
    days,
    daysInMonth,
    rate,
    amount,
    explanation,
    missing,
    segments: segments.map(
      ([from, to, segmentDays, segmentRole, rateSet, basis, value, baseSalary, contribution, segmentRate]) =>
        ({
          from: dateOfDay(month, from),
          to: dateOfDay(month, to),
          days: segmentDays,
          role: segmentRole,
          rateSetId: rateSets[rateSet]!,
          basis,
          value,
          baseSalary,
          contribution,
          rate: segmentRate,
        }) satisfies PayrollSegment,
    ),
  };
}

export function decodeContent(text: string): PayrollContent {
  const stored = JSON.parse(text) as StoredContentV1 | StoredContentV2;
  const templates =
    stored.v === 1
      ? stored.templates
      : stored.templates.map((t) => templateOf(stored.month, stored.rateSets, t));
  const lines: PayrollLine[] = [];
  for (let i = 0; i < stored.lines.length; i += 2) {
    const [memberId, fullName, team] = stored.members[stored.lines[i]!]!;
    const [teamId, teamName] = stored.teams[team]!;
    const template = templates[stored.lines[i + 1]!]!;
    lines.push({ month: stored.month, memberId, fullName, teamId, teamName, ...template });
  }
  return { lines, corrections: stored.corrections, warnings: stored.warnings };
}
