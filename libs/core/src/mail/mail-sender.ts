import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer, { SendMailOptions, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

/**
 * The only door to SMTP. With SMTP_URL unset, mail is caught in MAIL_DIR as .eml files
 * (openable by any mail client) instead of being sent.
 */
@Injectable()
export class MailSender implements OnModuleDestroy {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport: Transporter;
  private readonly catchDir: string | null;

  constructor(private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      // Timeouts below the outbox lease: a hung server fails the send (and it is retried) before
      // another process presumes it lost. No connection pool: with one, sends hung in the e2e suite
      // (a pooled connection waiting forever); one connection per email, as before.
      this.transport = nodemailer.createTransport(
        {
          url: config.SMTP_URL,
          connectionTimeout: 30_000,
          greetingTimeout: 15_000,
          socketTimeout: Math.min(60_000, Math.max(5_000, (config.OUTBOX_LEASE_SECONDS * 1000) / 2)),
        } as Parameters<typeof nodemailer.createTransport>[0],
        { from: config.MAIL_FROM },
      );
      this.catchDir = null;
    } else {
      this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.catchDir = resolve(config.MAIL_DIR);
    }
  }

  /** Where caught mail goes, or null when mail is really sent. */
  get catchFolder(): string | null {
    return this.catchDir;
  }

  async send(message: SendMailOptions): Promise<{ messageId: string }> {
    const info = (await this.transport.sendMail({ from: this.config.MAIL_FROM, ...message })) as {
      messageId: string;
      message?: Buffer;
    };
    if (this.catchDir && info.message) {
      await mkdir(this.catchDir, { recursive: true });
      const safeId = info.messageId.replace(/[^a-zA-Z0-9@._-]/g, '');
      await writeFile(join(this.catchDir, `${Date.now()}-${safeId}.eml`), info.message);
    }
    this.logger.debug({ event: 'mail.sent', messageId: info.messageId });
    return { messageId: info.messageId };
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
