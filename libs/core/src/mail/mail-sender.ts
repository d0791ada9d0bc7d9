import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer, { SendMailOptions, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

/** A pooled connection unused this long is closed (nodemailer's default is 4 minutes). */
const POOL_IDLE_MS = 10_000;

/**
 * The only door to SMTP. With SMTP_URL unset, mail is caught in MAIL_DIR as .eml files
 * (openable by any mail client) instead of being sent.
 *
 * Real sends go through a pool of at most SMTP_POOL_SIZE connections, each carrying up to
 * SMTP_POOL_MAX_MESSAGES emails in turn: a campaign no longer pays a TCP connection, a greeting
 * and an EHLO per email. A connection that drops fails the email it was carrying (the send job
 * retries it, under the same Message-ID) and the pool opens another one for the rest. Idle
 * connections close after a few seconds and all of them at shutdown, so that neither a process
 * nor a test's SMTP sink waits on an open socket.
 */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport: Transporter;
  private readonly catchDir: string | null;
  /** Emails handed to the pool and not answered yet. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing: Promise<void> | null = null;

  constructor(private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      // Timeouts below the outbox lease: a hung server fails the send (and it is retried) before
      // another process presumes it lost.
      const socketTimeout = Math.min(60_000, Math.max(5_000, (config.OUTBOX_LEASE_SECONDS * 1000) / 2));
      this.transport = nodemailer.createTransport(
        {
          url: config.SMTP_URL,
          pool: true,
          maxConnections: config.SMTP_POOL_SIZE,
          maxMessages: config.SMTP_POOL_MAX_MESSAGES,
          idleTimeout: Math.min(POOL_IDLE_MS, socketTimeout - 1_000),
          connectionTimeout: 30_000,
          greetingTimeout: 15_000,
          socketTimeout,
        } as Parameters<typeof nodemailer.createTransport>[0],
        { from: config.MAIL_FROM },
      );
      // The pool reports a broken connection to the email it carried; anything else lands here
      // instead of crashing the process as an unhandled 'error' event.
      this.transport.on('error', (error: Error) =>
        this.logger.warn({ event: 'mail.pool_error', error: error.message }),
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
    const sending = this.transport.sendMail({ from: this.config.MAIL_FROM, ...message }) as Promise<{
      messageId: string;
      message?: Buffer;
    }>;
    this.inFlight.add(sending);
    const info = await sending.finally(() => this.inFlight.delete(sending));
    if (this.catchDir && info.message) {
      await mkdir(this.catchDir, { recursive: true });
      const safeId = info.messageId.replace(/[^a-zA-Z0-9@._-]/g, '');
      await writeFile(join(this.catchDir, `${Date.now()}-${safeId}.eml`), info.message);
    }
    this.logger.debug({ event: 'mail.sent', messageId: info.messageId });
    return { messageId: info.messageId };
  }

  /**
   * Closes the pool once the emails already handed to it are answered (each within the socket
   * timeout), so that their jobs record the outcome as usual. A send asked for afterwards fails
   * as a passing fault (the email goes back to PENDING for another process).
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.inFlight]);
      this.transport.close();
    })();
    return this.closing;
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}
