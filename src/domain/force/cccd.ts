/**
 * The citizen identity number (CCCD) and how lists show personal data.
 *
 * A CCCD has 12 digits (Nghị định 137/2015/NĐ-CP, Điều 7; Thông tư 07/2016/TT-BCA, Điều 7):
 * digits 1–3 the province where the birth was registered, digit 4 sex and century of birth, digits 5–6 the
 * last two digits of the year of birth, digits 7–12 a random number.
 *
 * Exports:
 * - `checkCccd(cccd, person: { dateOfBirth; sex; provinceCode? }): CccdProblem[]` — empty when it agrees;
 *   `provinceCode` is the birth-registration province (2 or 3 digits), checked only when given;
 * - `CccdProblem` = { code: CccdProblemCode; message: LocalizedText };
 * - `maskCccd(cccd)`: first 4 and last 2 digits kept, '019012345612' → '0190******12';
 * - `maskPhone(phone)`: first 3 and last 2 digits kept, '0912345678' → '091*****78'
 *   (Nghị định 13/2023/NĐ-CP: lists show no more than is needed to tell people apart).
 */
import type { LocalizedText } from '../errors.ts';
import { CCCD_PROVINCE_CODES } from './cccd-province-codes.ts';
import type { Sex } from './force.schemas.ts';

export type CccdProblemCode =
  | 'cccd_format'
  | 'cccd_province_unknown'
  | 'cccd_province_mismatch'
  | 'cccd_sex'
  | 'cccd_century'
  | 'cccd_birth_year';

export interface CccdProblem {
  code: CccdProblemCode;
  message: LocalizedText;
}

export interface CccdPerson {
  /** YYYY-MM-DD */
  dateOfBirth: string;
  sex: Sex;
  provinceCode?: string;
}

const SEX_TEXT: Record<Sex, LocalizedText> = {
  male: { vi: 'nam', en: 'male' },
  female: { vi: 'nữ', en: 'female' },
};

/** Digit 4: even for men, odd for women; 0/1 the 1900s, 2/3 the 2000s, 4/5 the 2100s, … 8/9 the 2300s. */
function decodeSexAndCentury(digit: number): { sex: Sex; century: number } {
  return { sex: digit % 2 === 0 ? 'male' : 'female', century: 1900 + Math.floor(digit / 2) * 100 };
}

function provinceProblems(prefix: string, provinceCode: string | undefined): CccdProblem[] {
  const province = CCCD_PROVINCE_CODES[prefix];
  if (!province)
    return [
      {
        code: 'cccd_province_unknown',
        message: {
          vi: `Ba chữ số đầu của số CCCD (${prefix}) không phải mã tỉnh nơi đăng ký khai sinh.`,
          en: `The first three digits (${prefix}) are not a province code of birth registration.`,
        },
      },
    ];
  if (provinceCode === undefined) return [];
  const expected = provinceCode.padStart(3, '0');
  if (expected === prefix) return [];
  const expectedName = CCCD_PROVINCE_CODES[expected] ?? expected;
  return [
    {
      code: 'cccd_province_mismatch',
      message: {
        vi: `Ba chữ số đầu của số CCCD (${prefix}, ${province}) không khớp nơi đăng ký khai sinh (${expectedName}).`,
        en: `The first three digits (${prefix}, ${province}) do not match the birth registration (${expectedName}).`,
      },
    },
  ];
}

function birthProblems(digits: string, person: CccdPerson): CccdProblem[] {
  const problems: CccdProblem[] = [];
  const birthYear = Number(person.dateOfBirth.slice(0, 4));
  const { sex, century } = decodeSexAndCentury(Number(digits[3]));
  if (sex !== person.sex)
    problems.push({
      code: 'cccd_sex',
      message: {
        vi: `Chữ số thứ 4 của số CCCD (${digits[3]}) là mã giới tính ${SEX_TEXT[sex].vi}, nhưng người này là ${SEX_TEXT[person.sex].vi}.`,
        en: `Digit 4 (${digits[3]}) encodes ${SEX_TEXT[sex].en}, but the person is ${SEX_TEXT[person.sex].en}.`,
      },
    });
  if (Number.isInteger(birthYear) && century !== Math.floor(birthYear / 100) * 100)
    problems.push({
      code: 'cccd_century',
      message: {
        vi: `Chữ số thứ 4 của số CCCD (${digits[3]}) chỉ người sinh từ năm ${century} đến ${century + 99}, nhưng năm sinh là ${birthYear}.`,
        en: `Digit 4 (${digits[3]}) means born ${century}–${century + 99}, but the year of birth is ${birthYear}.`,
      },
    });
  const yearDigits = digits.slice(4, 6);
  if (Number.isInteger(birthYear) && yearDigits !== String(birthYear % 100).padStart(2, '0'))
    problems.push({
      code: 'cccd_birth_year',
      message: {
        vi: `Chữ số thứ 5–6 của số CCCD (${yearDigits}) phải là hai số cuối của năm sinh ${birthYear}.`,
        en: `Digits 5–6 (${yearDigits}) must be the last two digits of the year of birth ${birthYear}.`,
      },
    });
  return problems;
}

export function checkCccd(cccd: string, person: CccdPerson): CccdProblem[] {
  const digits = cccd.trim();
  if (!/^\d{12}$/.test(digits))
    return [
      {
        code: 'cccd_format',
        message: {
          vi: `Số CCCD phải gồm đúng 12 chữ số (đang có "${digits}").`,
          en: `A CCCD number has exactly 12 digits (got "${digits}").`,
        },
      },
    ];
  return [...provinceProblems(digits.slice(0, 3), person.provinceCode), ...birthProblems(digits, person)];
}

function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  const text = value.trim();
  if (text.length <= keepStart + keepEnd) return '*'.repeat(text.length);
  return text.slice(0, keepStart) + '*'.repeat(text.length - keepStart - keepEnd) + text.slice(-keepEnd);
}

export function maskCccd(cccd: string): string {
  return maskMiddle(cccd, 4, 2);
}

export function maskPhone(phone: string): string {
  return maskMiddle(phone, 3, 2);
}
