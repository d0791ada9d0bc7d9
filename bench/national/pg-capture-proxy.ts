import { createServer, Server, Socket, connect } from 'node:net';

/** One statement as the client sent it: its SQL and the text of its parameters (null for SQL NULL). */
export interface CapturedStatement {
  sql: string;
  params: (string | null)[];
}

/**
 * A TCP proxy between the API and PostgreSQL that reads the frontend side of the wire protocol
 * (v3, no TLS) and records each statement with its parameters: `Parse` gives the SQL of a
 * (possibly named) statement, `Bind` the parameters it runs with, `Query` a simple query. The
 * API is not changed to be observed; node-postgres sends parameters as text.
 */
export class PgCaptureProxy {
  readonly statements: CapturedStatement[] = [];
  capturing = true;
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((client) => this.relay(client));
    await new Promise<void>((done) => this.server!.listen(this.port, '127.0.0.1', done));
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((done) => this.server?.close(() => done()) ?? done());
  }

  private relay(client: Socket): void {
    const upstream = connect(this.target.port, this.target.host);
    this.sockets.add(client).add(upstream);
    upstream.on('data', (chunk) => client.write(chunk));
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    const named = new Map<string, string>();
    let pending = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (!started) {
          // The startup message (or an SSL request) has no type byte.
          if (pending.length < 4) return;
          const length = pending.readInt32BE(0);
          if (pending.length < length) return;
          const code = pending.readInt32BE(4);
          pending = pending.subarray(length);
          if (code !== 80877103) started = true; // 80877103: SSLRequest, refused by the server: startup follows.
          continue;
        }
        if (pending.length < 5) return;
        const length = pending.readInt32BE(1);
        if (pending.length < length + 1) return;
        const type = String.fromCharCode(pending[0]);
        const body = pending.subarray(5, length + 1);
        pending = pending.subarray(length + 1);
        if (this.capturing) this.read(type, body, named);
      }
    });
  }

  private read(type: string, body: Buffer, named: Map<string, string>): void {
    let offset = 0;
    const cstring = () => {
      const end = body.indexOf(0, offset);
      const value = body.toString('utf8', offset, end);
      offset = end + 1;
      return value;
    };
    if (type === 'Q') {
      this.statements.push({ sql: cstring(), params: [] });
    } else if (type === 'P') {
      const name = cstring();
      named.set(name, cstring());
    } else if (type === 'B') {
      cstring(); // portal
      const statement = cstring();
      const formats = body.readInt16BE(offset);
      offset += 2 + 2 * formats;
      const count = body.readInt16BE(offset);
      offset += 2;
      const params: (string | null)[] = [];
      for (let i = 0; i < count; i++) {
        const length = body.readInt32BE(offset);
        offset += 4;
        if (length < 0) params.push(null);
        else {
          params.push(body.toString('utf8', offset, offset + length));
          offset += length;
        }
      }
      const sql = named.get(statement);
      if (sql !== undefined) this.statements.push({ sql, params });
    }
  }
}
