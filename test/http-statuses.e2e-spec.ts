import { Role } from '@tremplin/core';
import { createServer } from 'node:net';
import { testEnvironment } from '@tremplin/core/testing';
import { TcpProxy } from './support/tcp-proxy';
import { TestPlatform, eventually } from './support/test-platform';

interface RawResponse {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/**
 * Client errors come back with a 4xx status (and the usual French error in the body), never as a
 * 500: input that fails coercion, operations refused by the limits, an unknown operation name, a
 * body over the size limit.
 */
describe('HTTP statuses of GraphQL client errors', () => {
  let platform: TestPlatform;
  let token: string;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: false, env: { GRAPHQL_MAX_DEPTH: '4' } });
    token = (await platform.createStaff(Role.ADMIN)).token;
  });

  afterAll(async () => {
    await platform.stop();
  });

  async function post(body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
    const response = await fetch(`${platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: JSON.parse(text) as RawResponse['body'] };
  }

  it('answers 400 BAD_USER_INPUT, in French, to a variable of the wrong type', async () => {
    const response = await post({
      query: 'query($f: Int) { missions(first: $f) { totalCount } }',
      variables: { f: 'abc' },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(/^Requête GraphQL invalide/);
    expect(response.body.data).toBeUndefined();
  });

  it('answers 400 BAD_USER_INPUT to a missing required variable', async () => {
    const response = await post({ query: 'query($id: ID!) { mission(id: $id) { id } }', variables: {} });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers 400 QUERY_TOO_COMPLEX to an operation over the depth limit', async () => {
    const response = await post({ query: '{ users(first: 1) { edges { node { territory { name } } } } }' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.body.errors?.[0]?.message).toBe('Requête trop imbriquée : 4 niveaux au plus.');
  });

  it('answers 400 with a French message to an operationName that names no operation of the document', async () => {
    const response = await post({ query: 'query Moi { me { id } }', operationName: 'Inconnue' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(response.body.errors?.[0]?.message).toBe(
      'Requête GraphQL invalide : aucune opération nommée « Inconnue » dans le document.',
    );
  });

  it('answers 400 with a French message to an operationName given for an anonymous operation', async () => {
    for (const query of ['{ me { id } }', 'query($f: Int) { missions(first: $f) { totalCount } }']) {
      const response = await post({ query, operationName: 'Inconnue', variables: { f: 1 } });
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
      expect(response.body.errors?.[0]?.message).toBe(
        'Requête GraphQL invalide : aucune opération nommée « Inconnue » dans le document.',
      );
      expect(response.body.data).toBeUndefined();
    }
  });

  it('answers 400 to an unknown operationName in a document of several operations', async () => {
    const response = await post({ query: 'query A { me { id } } query B { me { id } }', operationName: 'C' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(response.body.errors?.[0]?.message).toBe(
      'Requête GraphQL invalide : aucune opération nommée « C » dans le document.',
    );
  });

  it('answers 400 with a French message when a document of several operations names none', async () => {
    const response = await post({ query: 'query A { me { id } } query B { me { id } }' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(response.body.errors?.[0]?.message).toBe(
      'Requête GraphQL invalide : le document contient plusieurs opérations, précisez laquelle exécuter (operationName).',
    );
  });

  it('answers 400 to an operationName that is not a string', async () => {
    const response = await post({ query: 'query Moi { me { id } }', operationName: 42 });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(response.body.errors?.[0]?.message).toMatch(/^Requête GraphQL invalide/);
  });

  it('still runs the operation an operationName does name', async () => {
    const response = await post({ query: 'query A { __typename } query Moi { me { role } }', operationName: 'Moi' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { me: { role: 'ADMIN' } } });
  });

  it('answers 413 PAYLOAD_TOO_LARGE, in French, to a body over the limit', async () => {
    const big = JSON.stringify({ query: `{ __typename }`, variables: { filler: 'x'.repeat(1_100_000) } });
    const response = await post(big);
    expect(response.status).toBe(413);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(response.body.errors?.[0]?.message).toBe('La requête est trop volumineuse (1 Mo au plus).');
  });

  it('answers 400, in French, to a body that is not JSON', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toBe("Le corps de la requête n'est pas un JSON valide.");
  });
});

describe('GET /health when a dependency is down', () => {
  let platform: TestPlatform;
  let deadPort: number;

  beforeAll(async () => {
    // A port nothing listens on: the queue's Redis connection is refused.
    deadPort = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    platform = await TestPlatform.start({
      worker: false,
      env: { QUEUE_BACKEND: 'redis', REDIS_URL: `redis://127.0.0.1:${deadPort}` },
    });
  });

  afterAll(async () => {
    await platform.stop();
  });

  it('answers 503 naming the failing dependency, without its address', async () => {
    const response = await fetch(`${platform.baseUrl}/health`);
    expect(response.status).toBe(503);
    const text = await response.text();
    const body = JSON.parse(text) as { status: string; details: Record<string, { status: string; message?: string }> };
    expect(body.status).toBe('error');
    expect(body.details.database.status).toBe('up');
    expect(body.details.queue).toEqual({ status: 'down', message: 'La file de travaux ne répond pas.' });
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain(String(deadPort));
    expect(text).not.toMatch(/ECONNREFUSED|redis:\/\//i);
  });
});

describe('GET /health when the database is down', () => {
  let platform: TestPlatform;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const server = new URL(testEnvironment().pgServerUrl);
    proxy = await TcpProxy.start(server.hostname, Number(server.port || 5432));
    platform = await TestPlatform.start({ worker: false, rewriteDatabaseUrl: (url) => proxy.rewrite(url) });
  });

  afterAll(async () => {
    await proxy.start();
    await platform.stop();
    await proxy.stop();
  });

  it('answers 503 naming the database, without its address, and 200 again once it is back', async () => {
    expect((await fetch(`${platform.baseUrl}/health`)).status).toBe(200);
    await proxy.stop();
    const response = await fetch(`${platform.baseUrl}/health`);
    expect(response.status).toBe(503);
    const text = await response.text();
    const body = JSON.parse(text) as { details: Record<string, { status: string; message?: string }> };
    expect(body.details.database).toEqual({ status: 'down', message: 'La base de données ne répond pas.' });
    expect(text).not.toContain(String(proxy.port));
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|postgres:\/\//i);
    await proxy.start();
    await eventually(async () => (await fetch(`${platform.baseUrl}/health`)).status === 200, 20_000);
  });
});
