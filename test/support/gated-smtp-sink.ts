import { simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface GatedMail {
  to: string[];
  subject: string;
  messageId: string | undefined;
  text: string;
}

interface Held {
  sessionId: string;
  mail: GatedMail;
  reply: (error?: Error) => void;
}

/**
 * A real SMTP server whose acknowledgements the test controls, to crash a sender mid-batch at a
 * chosen moment. Like a relay that commits a message only when it acknowledges it, a message whose
 * sender disconnects while it is held is dropped (never delivered). `accepted` lists the delivered
 * messages; `dropped` the ones lost with their connection.
 */
export class GatedSmtpSink {
  readonly accepted: GatedMail[] = [];
  readonly dropped: GatedMail[] = [];
  private readonly held: Held[] = [];
  private readonly closed = new Set<string>();
  /** Messages accepted at once before the gate closes (Infinity: the gate stays open). */
  private budget = Infinity;
  /** Connections a client reset instead of closing (it was killed, say). */
  clientResets = 0;
  private server: SMTPServer;
  port = 0;

  static async start(): Promise<GatedSmtpSink> {
    const sink = new GatedSmtpSink();
    await sink.listen();
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Messages waiting for an acknowledgement. */
  get heldCount(): number {
    return this.held.length;
  }

  /** Accepts `count` more messages, then holds every message until `open()`. */
  acceptThenHold(count: number): void {
    this.budget = count;
  }

  /** Acknowledges the held messages whose sender is still there, and every later one. */
  open(): void {
    this.budget = Infinity;
    for (const entry of this.held.splice(0)) this.deliver(entry);
  }

  private deliver(entry: Held): void {
    if (this.closed.has(entry.sessionId)) {
      this.dropped.push(entry.mail);
      return;
    }
    this.accepted.push(entry.mail);
    entry.reply();
  }

  private listen(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onClose: (session) => {
        this.closed.add(session.id);
        for (let i = this.held.length - 1; i >= 0; i--) {
          if (this.held[i].sessionId === session.id) this.dropped.push(...this.held.splice(i, 1).map((h) => h.mail));
        }
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          simpleParser(Buffer.concat(chunks))
            .then((parsed) => {
              const mail: GatedMail = {
                to: [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? '')),
                subject: parsed.subject ?? '',
                messageId: parsed.messageId,
                text: parsed.text ?? '',
              };
              const entry: Held = { sessionId: session.id, mail, reply: (error) => callback(error ?? null) };
              if (this.budget > 0) {
                this.budget--;
                this.deliver(entry);
              } else {
                this.held.push(entry);
              }
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

  close(): Promise<void> {
    for (const entry of this.held.splice(0)) entry.reply(new Error('closing'));
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
