import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends one e-mail; rejects when the server refuses it or cannot be reached. Tests pass their own. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Why e-mails wait in the outbox when no SMTP server is configured. */
export const SMTP_NOT_CONFIGURED = 'SMTP_URL chưa được cấu hình';

export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when the server offers it) or `smtps://…:465`. */
  url: string;
  from: string;
  /** Milliseconds to wait for a connection, the greeting, or an idle socket. */
  timeoutMs?: number;
}

/** A nodemailer SMTP transport behind the Mailer interface. */
export function createSmtpMailer({ url, from, timeoutMs = 15_000 }: SmtpMailerOptions): Mailer {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 2,
  });
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close() {
      transport.close();
    },
  };
}

/** The error of a failed send as one line, without the credentials of the SMTP URL. */
export function describeSendError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\/\/[^@/\s]*@/g, '//***@').slice(0, 500);
}
