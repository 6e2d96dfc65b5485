/**
 * One consolidated report (tổng hợp) for a plan and a period: what the provincial police send up to UBND tỉnh
 * and Bộ Công an (SPEC §4). The server assembles it from the reports; the .docx and .xlsx writers render it.
 */
export type IndicatorKind = 'count' | 'vnd' | 'percent';
export type ReportStatus = 'not_started' | 'draft' | 'submitted' | 'returned' | 'accepted';

export interface IndicatorValue {
  name: string;
  /** Unit of measure as shown: "hội nghị", "lượt người", "đồng", "%". */
  unit: string;
  kind: IndicatorKind;
  value: number | null;
}

export interface ConsolidatedUnitPart {
  unitName: string;
  role: 'lead' | 'coordinator';
  status: ReportStatus;
  /** 0–100, or null when the unit has not reported. */
  progress: number | null;
  done: string | null;
  indicators: IndicatorValue[];
  difficulties: string | null;
  proposals: string | null;
  submittedAt: string | null;
  isLate: boolean;
}

export interface ConsolidatedTask {
  code: string;
  title: string;
  dueDate: string | null;
  units: ConsolidatedUnitPart[];
  /** Sum over units of each indicator (percent indicators: the mean). */
  indicatorTotals: IndicatorValue[];
}

export interface ConsolidatedDifficulty {
  taskCode: string;
  unitName: string;
  text: string;
  answer: string | null;
  state: 'open' | 'answered' | 'closed';
  /** Raised in an earlier period and still open: carried into this one. */
  isCarriedOver: boolean;
}

export interface ConsolidatedReport {
  /** Line 1 of the issuing-body block, upper case: "UBND TỈNH THÁI NGUYÊN". */
  parentBody: string;
  /** Line 2, upper case bold: "CÔNG AN TỈNH". */
  issuingBody: string;
  /** "Số: …/BC-CAT" (the number is filled in by hand when the report is registered). */
  documentNumber: string;
  place: string;
  /** YYYY-MM-DD */
  date: string;
  /** "BÁO CÁO" */
  documentType: string;
  /** The summary line under the type: "Kết quả thực hiện Kế hoạch số 71/KH-UBND … năm 2024". */
  summaryLine: string;
  plan: { number: string | null; title: string; issuer: string | null; date: string | null };
  period: { label: string; from: string; to: string };
  totals: {
    unitsAssigned: number;
    unitsReported: number;
    unitsAccepted: number;
    unitsLate: number;
    /** Mean progress of the reported parts, 0–100. */
    averageProgress: number | null;
  };
  tasks: ConsolidatedTask[];
  difficulties: ConsolidatedDifficulty[];
  /** Proposals (kiến nghị) grouped by task, as the units wrote them. */
  proposals: { taskCode: string; unitName: string; text: string }[];
  recipients: string[];
  signer: { authority: string; name: string };
}
