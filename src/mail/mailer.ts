import nodemailer from 'nodemailer';

// E-mail over SMTP with nodemailer. The Message-ID is the caller's: a reminder's is derived from
// its unique key, so the same reminder always carries the same id (receiving systems and the
// beheerder can recognise a second copy, should a person ever choose to resend one).

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

export interface Mailer {
  /** Resolves once the SMTP server has accepted the message; rejects otherwise. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * Timeouts bound how long one send can take, so a message still 'sending' after the reminder
 * lease (jobs/reminder-worker.ts) certainly belongs to a process that died.
 */
const SMTP_TIMEOUTS_MS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 } as const;

export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS_MS });
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text, messageId: message.messageId });
    },
    close: () => transport.close(),
  };
}

/** The domain part of an address such as `Zorgvuldig <noreply@zorg.example>`. */
export function mailDomain(from: string): string {
  const match = /@([^<>@\s]+?)>?$/.exec(from.trim());
  return match?.[1] ?? 'zorgvuldig.invalid';
}
