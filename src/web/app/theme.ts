import type { ThemeConfig } from 'antd';

/** Navy and the flag's red and gold: sober colours for a government tool. */
export const NAVY = '#0b1f3a';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f4e9c',
    colorLink: '#1f4e9c',
    borderRadius: 6,
    fontFamily:
      "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif, 'Apple Color Emoji'",
  },
  components: {
    Layout: { siderBg: NAVY, headerBg: '#ffffff', headerPadding: '0 24px', headerHeight: 60 },
    Menu: { darkItemBg: NAVY, darkSubMenuItemBg: '#081629', darkItemSelectedBg: '#1f4e9c' },
    Table: { headerBg: '#eef2f8' },
  },
};
