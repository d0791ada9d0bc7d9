/**
 * The one mechanism by which a domain tells the others what happened, inside the transaction that
 * causes it: a listener is an object with some of the domain's optional methods; it subscribes at
 * module init and is called in subscription order. A listener that throws rolls the whole change
 * back, so cross-domain rules are not written as listeners: the owner calls a policy instead.
 */
// The listener's methods take any arguments: each domain's interface types them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ListenerMethods<L> = { [K in keyof L]?: (...args: any[]) => Promise<unknown> };

export abstract class DomainEvents<L extends ListenerMethods<L>> {
  private readonly listeners: L[] = [];

  subscribe(listener: L): void {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
  }

  /** Calls `event` on every listener that has it, one after the other, and gives back what each returned. */
  protected async notify<K extends keyof L>(
    event: K,
    ...args: Parameters<NonNullable<L[K]>>
  ): Promise<Array<Awaited<ReturnType<NonNullable<L[K]>>>>> {
    const results: Array<Awaited<ReturnType<NonNullable<L[K]>>>> = [];
    for (const listener of this.listeners) {
      const method = listener[event];
      if (method) results.push((await method.apply(listener, args)) as Awaited<ReturnType<NonNullable<L[K]>>>);
    }
    return results;
  }

  /** Asks each listener that has `event` in turn, and stops at the first answer `decisive` keeps. */
  protected async firstAnswer<K extends keyof L>(
    event: K,
    decisive: (answer: Awaited<ReturnType<NonNullable<L[K]>>>) => boolean,
    ...args: Parameters<NonNullable<L[K]>>
  ): Promise<Awaited<ReturnType<NonNullable<L[K]>>> | undefined> {
    for (const listener of this.listeners) {
      const method = listener[event];
      if (!method) continue;
      const answer = (await method.apply(listener, args)) as Awaited<ReturnType<NonNullable<L[K]>>>;
      if (decisive(answer)) return answer;
    }
    return undefined;
  }
}
