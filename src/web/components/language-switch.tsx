import { Segmented } from 'antd';
import { common, setLanguage, useLanguage, useT, type Language } from '../lib/i18n.ts';

const OPTIONS: { value: Language; label: string; title: string }[] = [
  { value: 'vi', label: 'VI', title: 'Tiếng Việt' },
  { value: 'en', label: 'EN', title: 'English' },
];

export function LanguageSwitch() {
  const language = useLanguage();
  const t = useT();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t(common.language)}
      value={language}
      options={OPTIONS}
      onChange={setLanguage}
    />
  );
}
