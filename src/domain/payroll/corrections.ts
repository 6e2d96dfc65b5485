import type { FieldError } from '../errors.ts';
import { MONTH_PATTERN } from './calendar.ts';
import { RATE_KIND_LABELS, type PayrollRole, type RateKind } from './constants.ts';
import { PayrollInputError, type PayrollLine } from './compute-payroll.ts';
import { formatVnd } from './money.ts';

/**
 * A line that corrects an approved (frozen) month: paid in the open month `month`, it carries the difference
 * between what the original month should have paid (recomputed today) and what was approved for it (its lines
 * plus any correction already issued). Negative when the member was overpaid, e.g. a back-dated leave.
 */
export interface CorrectionLine {
  month: string;
  originalMonth: string;
  memberId: string;
  fullName: string;
  teamId: string;
  teamName: string;
  kind: RateKind;
  role: PayrollRole;
  /** What the original month has paid so far for this member and kind (approved line + earlier corrections). */
  previousAmount: number;
  /** What the original month pays on today's data. */
  recomputedAmount: number;
  /** recomputedAmount − previousAmount, integer VND, never 0. */
  amount: number;
  explanation: string;
}

type Paid = PayrollLine | CorrectionLine;

const isCorrection = (line: Paid): line is CorrectionLine => 'originalMonth' in line;
const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/**
 * The correction lines for a frozen month, to put into the open month `intoMonth`. `approved` holds the approved
 * lines of that month and every correction line already issued for it (any month they were paid in);
 * `recomputed` the lines of the same month computed again on today's data. The approved lines are never
 * changed: one correction per member and kind whose amount differs, in the order of the recomputed lines, then
 * of the approved ones (members no longer paid at all).
 */
export function correctionLines(
  approved: readonly Paid[],
  recomputed: readonly PayrollLine[],
  intoMonth: string,
): CorrectionLine[] {
  const originalMonth =
    recomputed[0]?.month ?? approved.map((l) => (isCorrection(l) ? l.originalMonth : l.month))[0];
  if (originalMonth === undefined) return [];
  const errors: FieldError[] = [];
  approved.forEach((line, i) => {
    const month = isCorrection(line) ? line.originalMonth : line.month;
    if (month !== originalMonth) {
      errors.push({
        path: `approved.${i}`,
        message: `Dòng đã duyệt thuộc tháng ${monthText(month)}, không phải tháng ${monthText(originalMonth)} đang điều chỉnh.`,
      });
    }
  });
  recomputed.forEach((line, i) => {
    if (line.month !== originalMonth) {
      errors.push({
        path: `recomputed.${i}`,
        message: `Dòng tính lại thuộc tháng ${monthText(line.month)}, không phải tháng ${monthText(originalMonth)}.`,
      });
    }
  });
  if (!MONTH_PATTERN.test(intoMonth) || intoMonth <= originalMonth) {
    errors.push({
      path: 'intoMonth',
      message: `Điều chỉnh của tháng ${monthText(originalMonth)} phải đưa vào một tháng sau tháng đó.`,
    });
  }
  if (errors.length > 0) throw new PayrollInputError(errors);

  interface Entry {
    first: Paid;
    previous: number;
    now: PayrollLine | null;
  }
  const entries = new Map<string, Entry>();
  for (const line of recomputed) {
    const key = `${line.memberId}\u0000${line.kind}`;
    const entry = entries.get(key);
    if (entry) {
      throw new PayrollInputError([
        {
          path: 'recomputed',
          message: `${line.fullName}: có hai dòng "${RATE_KIND_LABELS[line.kind].vi}" trong bảng tính lại.`,
        },
      ]);
    }
    entries.set(key, { first: line, previous: 0, now: line });
  }
  for (const line of approved) {
    const key = `${line.memberId}\u0000${line.kind}`;
    const entry = entries.get(key);
    if (entry) entry.previous += line.amount;
    else entries.set(key, { first: line, previous: line.amount, now: null });
  }

  const result: CorrectionLine[] = [];
  for (const { first, previous, now } of entries.values()) {
    const recomputedAmount = now?.amount ?? 0;
    const amount = recomputedAmount - previous;
    if (amount === 0) continue;
    const kind = first.kind;
    const why =
      now === null
        ? 'theo dữ liệu hiện tại không còn được hưởng khoản này'
        : `tính lại ${formatVnd(recomputedAmount)} (${now.explanation})`;
    result.push({
      month: intoMonth,
      originalMonth,
      memberId: first.memberId,
      fullName: first.fullName,
      teamId: first.teamId,
      teamName: first.teamName,
      kind,
      role: first.role,
      previousAmount: previous,
      recomputedAmount,
      amount,
      explanation:
        `Điều chỉnh tháng ${monthText(originalMonth)} — ${RATE_KIND_LABELS[kind].vi}: đã chi ${formatVnd(previous)}, ` +
        `${why}; ${amount > 0 ? 'chi bổ sung' : 'giảm trừ'} ${formatVnd(Math.abs(amount))}.`,
    });
  }
  return result;
}
