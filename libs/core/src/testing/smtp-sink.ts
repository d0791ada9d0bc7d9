import { AddressInfo, Socket } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string | undefined;
  replyTo: string | undefined;
  parsed: ParsedMail;
  raw: Buffer;
}

/**
 * A real SMTP server in the test process (the `smtp-server` package): nodemailer talks SMTP to
 * it exactly as to a production relay, and every accepted message is parsed and kept.
 */
export class SmtpSink {
  readonly messages: CapturedMail[] = [];
  private listeners: Array<() => void> = [];
  private server: SMTPServer;
  port = 0;

  /** Called with each message before it is acknowledged; throwing refuses the message. */
  beforeAccept?: (mail: CapturedMail) => Promise<void> | void;
  /**
   * Called with each message before it is acknowledged; returning true cuts the connection that
   * carried it instead (the message is not kept), as a relay that crashes or a network that drops.
   */
  dropConnection?: (mail: CapturedMail) => boolean;

  /** SMTP connections accepted since the start, open now, and open at most at once. */
  connectionsOpened = 0;
  /** Connections a client reset instead of closing (it was killed, say). */
  clientResets = 0;
  openConnections = 0;
  maxOpenConnections = 0;

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    await sink.listen();
    return sink;
  }

  private listen(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onConnect: (_session, callback) => {
        this.connectionsOpened++;
        this.openConnections++;
        this.maxOpenConnections = Math.max(this.maxOpenConnections, this.openConnections);
        callback();
      },
      onClose: () => {
        this.openConnections--;
        this.notify();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw)
            .then(async (parsed) => {
              const mail: CapturedMail = {
                from: parsed.from?.text ?? '',
                to: [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? '')),
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
                messageId: parsed.messageId,
                replyTo: parsed.replyTo?.text,
                parsed,
                raw,
              };
              if (this.dropConnection?.(mail)) {
                const connection = [...this.server.connections].find((c) => c.id === session.id);
                (connection as unknown as { _socket: Socket } | undefined)?._socket.destroy();
                return;
              }
              await this.beforeAccept?.(mail);
              this.messages.push(mail);
              this.notify();
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    // A client that vanishes (a worker killed with its pooled connections open) resets its
    // sockets: counted, as a relay would log it, never thrown at the test process.
    this.server.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
      this.clientResets++;
    });
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.port = (this.server.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private notify(): void {
    this.listeners.forEach((notify) => notify());
  }

  /** Resolves once no client holds a connection open (say, after a sender's shutdown). */
  async waitForNoConnection(timeoutMs = 15_000): Promise<void> {
    await this.waitFor(() => this.openConnections === 0, timeoutMs);
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): CapturedMail[] {
    return this.messages.filter((m) => m.to.includes(address));
  }

  /** Resolves once `predicate` holds over the captured messages (default: at least `count`). */
  async waitFor(
    predicate: number | ((messages: CapturedMail[]) => boolean),
    timeoutMs = 15_000,
  ): Promise<CapturedMail[]> {
    const test = typeof predicate === 'number' ? (m: CapturedMail[]) => m.length >= predicate : predicate;
    if (test(this.messages)) return this.messages;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== check);
        reject(
          new Error(`SMTP sink: condition not met after ${timeoutMs} ms (${this.messages.length} message(s) captured)`),
        );
      }, timeoutMs);
      const check = () => {
        if (!test(this.messages)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== check);
        resolve(this.messages);
      };
      this.listeners.push(check);
    });
  }

  clear(): void {
    this.messages.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
