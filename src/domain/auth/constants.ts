export const ROLES = ['admin', 'coordinator', 'leader', 'agency', 'commune_police'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  coordinator: { vi: 'Điều phối (Công an tỉnh)', en: 'Coordinator (provincial police)' },
  leader: { vi: 'Lãnh đạo', en: 'Leader (read-only)' },
  agency: { vi: 'Cơ quan, đơn vị', en: 'Agency' },
  commune_police: { vi: 'Công an xã', en: 'Commune police' },
};

export const PASSWORD_MIN_LENGTH = 8;
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
