/** Stops the embedded PostgreSQL when the global setup had to start one. */
export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __embeddedPostgres?: { stop(): Promise<void> } }).__embeddedPostgres;
  if (embedded) await embedded.stop();
}
