import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { BrandMark } from '../components/brand-mark.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { common, useT } from '../lib/i18n.ts';
import { useMe } from './api/get-me.ts';
import { LoginForm } from './components/login-form.tsx';
import { authText } from './messages.ts';
import './login-page.css';

/** Only paths inside this app: "//evil.example" or "https://…" would make the login an open redirect. */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login')
    ? value
    : '/';
}

interface LoginPageProps {
  /** Called with the page the user goes to once signed in, as the login request starts. */
  onLoginStart?: (next: string) => void;
}

export function LoginPage({ onLoginStart }: LoginPageProps) {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const meQuery = useMe();

  if (meQuery.data) return <Navigate to={next} replace />;

  // Plain elements instead of antd Card and Typography: they would pull tabs, skeletons and
  // tooltips into the one page every user loads first.
  return (
    <main className="login-page">
      <div className="login-page__language">
        <LanguageSwitch />
      </div>
      <div className="login-page__content">
        <header className="login-page__brand">
          <BrandMark size={72} />
          <h1 className="login-page__title">{t(common.appName)}</h1>
          <p className="login-page__subtitle">{t(common.appSubtitle)}</p>
        </header>
        <section className="login-page__card" aria-labelledby="login-heading">
          <h2 id="login-heading" className="login-page__heading">
            {t(authText.heading)}
          </h2>
          <LoginForm
            onSubmit={() => onLoginStart?.(next)}
            onSuccess={() => navigate(next, { replace: true })}
          />
          <p className="login-page__help">{t(authText.helpText)}</p>
        </section>
        <footer className="login-page__footer">{t(authText.legalBasis)}</footer>
      </div>
    </main>
  );
}

export default LoginPage;
