/**
 * Who may join the force: the criteria of Luật 30/2023/QH15, Điều 13, checked when a member is entered, each
 * failure with the reason in Vietnamese (and English); and the one-leader rule of a team.
 *
 * Exports:
 * - `checkMemberEligibility(member: EligibilityFacts, context: EligibilityContext): EligibilityProblem[]`
 *   — empty when the person qualifies on `context.asOf`;
 * - `checkTeamLeaders(members: TeamMemberFacts[]): TeamProblem[]` — one team's members; exactly one active
 *   Tổ trưởng, else one problem;
 * - `ageOn(dateOfBirth, asOf): number` — age in completed years;
 * - `PRIMARY_EDUCATION_AREAS`: the area types where primary school suffices (Điều 13(3)).
 *
 * Readings of the Law (docs/decisions.md, "Force criteria"): age counts completed years, so one is 18 from the
 * 18th birthday and "over 70" from the 71st; someone born on 29/02 has birthdays on 28/02 in common years;
 * one year of residence is complete on its anniversary (Bộ luật Dân sự, Điều 148).
 */
import type { LocalizedText } from '../errors.ts';
import { anniversary, completedYears } from './calendar.ts';
import { EDUCATION_LEVEL_LABELS, RECORD_STATUS_LABELS } from './force.labels.ts';
import {
  EDUCATION_LEVELS,
  type AreaType,
  type EducationLevel,
  type MemberRole,
  type MemberStatus,
  type RecordStatus,
} from './force.schemas.ts';

export type EligibilityProblemCode =
  'not_citizen' | 'under_age' | 'over_age' | 'record' | 'education' | 'residence' | 'health';

export interface EligibilityProblem {
  code: EligibilityProblemCode;
  /** The member field the problem is about, for a form to highlight. */
  field:
    | 'isVietnameseCitizen'
    | 'dateOfBirth'
    | 'recordStatus'
    | 'education'
    | 'residenceSince'
    | 'healthCertifiedOn';
  message: LocalizedText;
}

export interface EligibilityFacts {
  dateOfBirth: string;
  isVietnameseCitizen?: boolean;
  education: EducationLevel;
  residenceSince: string;
  recordStatus?: RecordStatus;
  healthCertifiedOn?: string | null;
  /** The chairman's decision allowing a person over 70 (also accepted in the context). */
  chairmanAgeException?: boolean;
}

export interface EligibilityContext {
  /** The day the criteria are checked on (YYYY-MM-DD): usually the day of entry or of the selection meeting. */
  asOf: string;
  /** The area types of the village the person will serve in. */
  villageAreaTypes: readonly AreaType[];
  chairmanAgeException?: boolean;
}

export const MINIMUM_AGE = 18;
export const MAXIMUM_AGE = 70;
export const MINIMUM_RESIDENCE_YEARS = 1;
/** Điều 13(3): primary school suffices in border, island, mountain, especially disadvantaged, ethnic areas. */
export const PRIMARY_EDUCATION_AREAS: readonly AreaType[] = [
  'border',
  'island',
  'mountain',
  'especially_disadvantaged',
  'ethnic_minority',
];

const ddmmyyyy = (date: string): string => date.split('-').reverse().join('/');

export function ageOn(dateOfBirth: string, asOf: string): number {
  return completedYears(dateOfBirth, asOf);
}

function ageProblems(member: EligibilityFacts, context: EligibilityContext): EligibilityProblem[] {
  const age = ageOn(member.dateOfBirth, context.asOf);
  if (age < MINIMUM_AGE) {
    const adultOn = ddmmyyyy(anniversary(member.dateOfBirth, MINIMUM_AGE));
    return [
      {
        code: 'under_age',
        field: 'dateOfBirth',
        message: {
          vi: `Chưa đủ 18 tuổi (đủ 18 tuổi từ ngày ${adultOn}) (Điều 13 khoản 1 Luật 30/2023/QH15).`,
          en: `Not yet 18 (turns 18 on ${adultOn}) (Law 30/2023, Art. 13(1)).`,
        },
      },
    ];
  }
  const hasException = member.chairmanAgeException === true || context.chairmanAgeException === true;
  if (age <= MAXIMUM_AGE || hasException) return [];
  return [
    {
      code: 'over_age',
      field: 'dateOfBirth',
      message: {
        vi: `Đã ${age} tuổi, quá 70 tuổi và chưa có ý kiến của Chủ tịch UBND xã cho phép tham gia (Điều 13 khoản 1: trên 70 tuổi mà bảo đảm sức khỏe thì Chủ tịch UBND xã quyết định theo đề nghị của Công an xã).`,
        en: `Aged ${age}, over 70, and the commune chairman has not allowed it (Art. 13(1): over 70 only if healthy, by the chairman's decision on the commune police's proposal).`,
      },
    },
  ];
}

function educationProblems(member: EligibilityFacts, context: EligibilityContext): EligibilityProblem[] {
  const level = EDUCATION_LEVELS.indexOf(member.education);
  if (level >= EDUCATION_LEVELS.indexOf('thcs')) return [];
  const isPrimaryEnough = context.villageAreaTypes.some((area) => PRIMARY_EDUCATION_AREAS.includes(area));
  if (member.education === 'tieu_hoc' && isPrimaryEnough) return [];
  const label = EDUCATION_LEVEL_LABELS[member.education];
  const rule = isPrimaryEnough
    ? {
        vi: 'ở vùng này phải học xong ít nhất tiểu học',
        en: 'in this area at least primary school is required',
      }
    : {
        vi: 'phải tốt nghiệp trung học cơ sở; tiểu học chỉ được chấp nhận ở vùng miền núi, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số, vùng đặc biệt khó khăn',
        en: 'lower secondary school is required; primary school suffices only in mountain, border, island, ethnic-minority and especially disadvantaged areas',
      };
  return [
    {
      code: 'education',
      field: 'education',
      message: {
        vi: `Trình độ học vấn "${label.vi}" chưa đạt: ${rule.vi} (Điều 13 khoản 3).`,
        en: `Education "${label.en}" is not enough: ${rule.en} (Art. 13(3)).`,
      },
    },
  ];
}

function residenceProblems(member: EligibilityFacts, context: EligibilityContext): EligibilityProblem[] {
  const completeOn = anniversary(member.residenceSince, MINIMUM_RESIDENCE_YEARS);
  if (completeOn <= context.asOf) return [];
  const since = ddmmyyyy(member.residenceSince);
  return [
    {
      code: 'residence',
      field: 'residenceSince',
      message: {
        vi: `Cư trú tại địa phương từ ngày ${since}, đến ngày ${ddmmyyyy(context.asOf)} chưa đủ 01 năm (đủ từ ngày ${ddmmyyyy(completeOn)}) (Điều 13 khoản 4).`,
        en: `Resident since ${since}: under one year on ${ddmmyyyy(context.asOf)} (one year on ${ddmmyyyy(completeOn)}) (Art. 13(4)).`,
      },
    },
  ];
}

function citizenshipAndRecordProblems(member: EligibilityFacts): EligibilityProblem[] {
  const problems: EligibilityProblem[] = [];
  if (member.isVietnameseCitizen === false)
    problems.push({
      code: 'not_citizen',
      field: 'isVietnameseCitizen',
      message: {
        vi: 'Không phải công dân Việt Nam (Điều 13 Luật 30/2023/QH15).',
        en: 'Not a Vietnamese citizen (Law 30/2023, Art. 13).',
      },
    });
  const record = member.recordStatus ?? 'clean';
  if (record !== 'clean')
    problems.push({
      code: 'record',
      field: 'recordStatus',
      message: {
        vi: `${RECORD_STATUS_LABELS[record].vi}: chưa đủ tiêu chuẩn về lý lịch (Điều 13 khoản 2).`,
        en: `${RECORD_STATUS_LABELS[record].en}: the record criterion is not met (Art. 13(2)).`,
      },
    });
  return problems;
}

function healthProblems(member: EligibilityFacts): EligibilityProblem[] {
  if (member.healthCertifiedOn) return [];
  return [
    {
      code: 'health',
      field: 'healthCertifiedOn',
      message: {
        vi: 'Chưa có giấy chứng nhận đủ sức khỏe của cơ sở khám bệnh, chữa bệnh (Điều 13 khoản 5).',
        en: 'No health certificate from a lawful medical facility (Art. 13(5)).',
      },
    },
  ];
}

export function checkMemberEligibility(
  member: EligibilityFacts,
  context: EligibilityContext,
): EligibilityProblem[] {
  return [
    ...citizenshipAndRecordProblems(member),
    ...ageProblems(member, context),
    ...educationProblems(member, context),
    ...residenceProblems(member, context),
    ...healthProblems(member),
  ];
}

export interface TeamMemberFacts {
  fullName: string;
  role: MemberRole;
  status: MemberStatus;
}

export interface TeamProblem {
  code: 'no_leader' | 'several_leaders';
  message: LocalizedText;
}

/** A team has one Tổ trưởng (Luật 30/2023/QH15, Điều 16): counted among the members in post. */
export function checkTeamLeaders(members: readonly TeamMemberFacts[]): TeamProblem[] {
  const leaders = members.filter((member) => member.role === 'to_truong' && member.status === 'active');
  if (leaders.length === 1) return [];
  if (leaders.length === 0)
    return [
      {
        code: 'no_leader',
        message: {
          vi: 'Tổ chưa có Tổ trưởng đang tham gia; mỗi Tổ có đúng 01 Tổ trưởng.',
          en: 'The team has no active team leader; each team has exactly one.',
        },
      },
    ];
  const names = leaders.map((leader) => leader.fullName).join(', ');
  return [
    {
      code: 'several_leaders',
      message: {
        vi: `Tổ có ${leaders.length} Tổ trưởng đang tham gia (${names}); mỗi Tổ chỉ có 01 Tổ trưởng.`,
        en: `The team has ${leaders.length} active team leaders (${names}); each team has exactly one.`,
      },
    },
  ];
}
