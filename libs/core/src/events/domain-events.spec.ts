import { DomainEvents } from './domain-events';

interface ThingListener {
  thingDone?(what: string): Promise<void>;
  thingAllowed?(what: string): Promise<boolean>;
}

class ThingEvents extends DomainEvents<ThingListener> {
  done(what: string): Promise<unknown> {
    return this.notify('thingDone', what);
  }
  firstRefusal(what: string): Promise<boolean | undefined> {
    return this.firstAnswer('thingAllowed', (allowed) => !allowed, what);
  }
}

class Recorder implements ThingListener {
  constructor(
    private readonly name: string,
    private readonly log: string[],
    private readonly allows = true,
  ) {}
  async thingDone(what: string): Promise<void> {
    this.log.push(`${this.name}:${what}`);
  }
  async thingAllowed(what: string): Promise<boolean> {
    this.log.push(`${this.name}?${what}`);
    return this.allows;
  }
}

describe('DomainEvents', () => {
  it('calls every listener that has the method, in subscription order, once each, with its own this', async () => {
    const log: string[] = [];
    const events = new ThingEvents();
    const first = new Recorder('a', log);
    events.subscribe(first);
    events.subscribe({}); // has none of the methods
    events.subscribe(new Recorder('b', log));
    events.subscribe(first); // a second subscription is ignored
    await events.done('x');
    expect(log).toEqual(['a:x', 'b:x']);
  });

  it('stops asking at the first decisive answer', async () => {
    const log: string[] = [];
    const events = new ThingEvents();
    events.subscribe(new Recorder('a', log, true));
    events.subscribe(new Recorder('b', log, false));
    events.subscribe(new Recorder('c', log, false));
    expect(await events.firstRefusal('y')).toBe(false);
    expect(log).toEqual(['a?y', 'b?y']);
    expect(await new ThingEvents().firstRefusal('z')).toBeUndefined();
  });

  it('lets a listener failure through, and calls no listener after it', async () => {
    const log: string[] = [];
    const events = new ThingEvents();
    events.subscribe({
      thingDone: async () => {
        throw new Error('refused');
      },
    });
    events.subscribe(new Recorder('after', log));
    await expect(events.done('x')).rejects.toThrow('refused');
    expect(log).toEqual([]);
  });
});
