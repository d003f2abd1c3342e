import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { APP_CONFIG, AppConfig } from '@app/config';

/** A message ready to go: the rendered parts and the headers that make it a well-behaved list message. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
  /** Names the .eml file when there is no SMTP server: the same message overwrites its own file. */
  fileName: string;
}

/** Why a send failed, and whether trying again later can help. */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }
}

/** SMTP's answer to a refused message: 5xx is final, 4xx (and no answer at all) is worth another try. */
function classify(error: unknown): MailDeliveryError {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  const code = typeof e.responseCode === 'number' ? e.responseCode : null;
  const detail = e.response ?? e.message ?? String(error);
  if (code !== null && code >= 500) return new MailDeliveryError(`The mail server refused the digest (${detail}): check the address or SMTP_URL.`, true);
  if (code !== null) return new MailDeliveryError(`The mail server deferred the digest (${detail}); it is tried again.`, false);
  return new MailDeliveryError(`The mail server could not be reached (${e.code ?? detail}); it is tried again.`, false);
}

/**
 * Sends digests with nodemailer: through SMTP_URL, or, without one, as
 * .eml files in the outbox folder (DATA_DIR/outbox), so a laptop with the
 * embedded database needs no mail server to read its digests.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transporter: Transporter;
  private readonly outbox: string | null;
  private readonly from: string;
  /** Where digests go, for the start-up message: the SMTP server's host, or the outbox folder. */
  readonly destination: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.from = config.mail.from;
    this.outbox = config.mail.smtpUrl ? null : config.mail.outboxDir;
    this.destination = config.mail.smtpUrl ? `sent through ${new URL(config.mail.smtpUrl).host}` : `written as .eml files to ${config.mail.outboxDir}`;
    this.transporter = config.mail.smtpUrl
      ? nodemailer.createTransport(config.mail.smtpUrl, { from: this.from })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const message: Mail.Options = {
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      date: new Date(),
      headers: mail.headers,
    };
    let info: { message?: Buffer | string };
    try {
      info = await this.transporter.sendMail(message);
    } catch (error) {
      throw classify(error);
    }
    if (this.outbox && info.message) {
      await mkdir(this.outbox, { recursive: true });
      // Written whole, then renamed: a reader never sees half a message.
      const file = join(this.outbox, mail.fileName);
      await writeFile(`${file}.tmp`, info.message);
      await rename(`${file}.tmp`, file);
      this.logger.log(`digest for ${mail.to} written to ${file}`);
    }
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
