/**
 * The data each form of Thông tư 14/2024/TT-BCA is generated from: plain values the force service reads
 * from its tables. Names are written in full with their prefix ("Tỉnh Thái Nguyên", "Huyện Đại Từ",
 * "Xã Hùng Sơn"); dates are YYYY-MM-DD; CCCD numbers are printed whole (these are official papers, handled
 * by people entitled to see them).
 */
import type { EducationLevel, LeaveReason, MemberRole, Sex } from '../../../domain/force/force.schemas.ts';

export interface FormSigner {
  /** "TRƯỞNG CÔNG AN XÃ", "CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" ("\n" breaks lines). */
  authority: string;
  name: string;
}

/** Where a document comes from, its number and date, and who signs it. */
export interface FormIssuer {
  province: string;
  /** null after 01/7/2025, when the district level ended. */
  district: string | null;
  communeName: string;
  /** Number and symbol, "12/QĐ-UBND" (printed as "Số: 12/QĐ-UBND"); "…/QĐ-UBND" before it is registered. */
  documentNumber: string;
  date: string;
  /** The place in the date line; by default the commune's name without "Xã", "Phường", "Thị trấn". */
  place?: string;
  signer: FormSigner;
  recipients?: string[];
}

export interface FormPerson {
  fullName: string;
  dateOfBirth: string;
  sex?: Sex | null;
  cccd: string;
  residence: string;
  /** The thôn or tổ dân phố the person serves in. */
  village: string;
  /** The role held or proposed. */
  role: MemberRole;
  teamName?: string | null;
  note?: string | null;
}

export interface LeavingPerson extends FormPerson {
  leaveReason: LeaveReason;
  /** From when the person leaves; by default the decision's date. */
  leftOn?: string | null;
}

/** A document referred to: "Tờ trình số 05/TTr-CAX ngày 10/7/2024". */
export interface DocumentReference {
  number: string;
  date: string;
}

/** Mẫu 05: the list of persons proposed for recognition, sent by the commune police. */
export interface Mau05Data extends FormIssuer {
  persons: FormPerson[];
  /** The date of the selection council's minutes. */
  selectionMinutesDate?: string | null;
}

/** Mẫu 06: the proposed Tổ trưởng and Tổ phó. */
export interface Mau06Data extends FormIssuer {
  persons: FormPerson[];
}

/** Mẫu 07: the commune police's submission to let members leave. */
export interface Mau07Data extends FormIssuer {
  persons: LeavingPerson[];
  /** What the review found (with the village head and the Front committee head). */
  review: string;
}

/** Mẫu 08: the commune chairman's decision recognising members. */
export interface Mau08RecognitionData extends FormIssuer {
  persons: FormPerson[];
  /** The commune police's proposal it answers. */
  proposal?: DocumentReference | null;
  /** "Căn cứ …" lines; by default the Law and Thông tư 14/2024. */
  legalBases?: string[];
}

/** Mẫu 08: the commune chairman's decision letting members leave. */
export interface Mau08LeavingData extends FormIssuer {
  persons: LeavingPerson[];
  /** The commune police's submission (Mẫu 07) it answers. */
  submission?: DocumentReference | null;
  legalBases?: string[];
}

/** Mẫu 01: a citizen's application to join the force. */
export interface Mau01Data {
  province: string;
  district: string | null;
  communeName: string;
  date: string;
  place?: string;
  applicant: {
    fullName: string;
    dateOfBirth: string;
    sex: Sex;
    ethnicity: string;
    cccd: string;
    residence: string;
    residenceSince: string;
    phone: string | null;
    education: EducationLevel;
    /** The thôn or tổ dân phố the applicant asks to serve in. */
    village: string;
  };
}
