/**
 * For the API and the worker started by `npm start`'s launcher, which gives them an IPC channel:
 * when the launcher goes, even killed with kill -9 (no signal to forward), the channel closes and
 * the process closes too, instead of running on as an orphan. Without a channel: nothing.
 */
export function exitWithLauncher(close: () => Promise<void>, timeoutMs = 10_000): void {
  if (!process.send) return;
  process.once('disconnect', () => {
    setTimeout(() => process.exit(1), timeoutMs).unref();
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
