import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { UnrecoverableError, type Job } from 'bullmq';
import { DECLARED_JOBS, JobDispatcher } from './job-dispatcher';
import { JobName, type SendEmailJob } from './job-payloads';
import { OnJob } from './on-job.decorator';

@Injectable()
class MailHandlers {
  readonly received: SendEmailJob[] = [];

  @OnJob(JobName.SendEmail)
  async send(payload: SendEmailJob): Promise<string> {
    this.received.push(payload);
    return 'sent';
  }
}

@Injectable()
class RelayHandler {
  @OnJob(JobName.RelayOutbox)
  async relay(): Promise<void> {}
}

@Injectable()
class DuplicateMailHandler {
  @OnJob(JobName.SendEmail)
  async send(): Promise<void> {}
}

async function dispatcherWith(...providers: Array<new (...args: never[]) => object>) {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    // The two foundation jobs stand for "every declared job".
    providers: [
      JobDispatcher,
      ...providers,
      { provide: DECLARED_JOBS, useValue: [JobName.SendEmail, JobName.RelayOutbox] },
    ],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}

const job = (name: string, data: unknown) => ({ name, data, id: '1' }) as unknown as Job;

describe(JobDispatcher.name, () => {
  it('refuses to start when a declared job has no handler, naming it', async () => {
    await expect(dispatcherWith(MailHandlers)).rejects.toThrow('no handler for job(s) relay-outbox');
  });

  it('refuses two handlers for one job', async () => {
    await expect(dispatcherWith(MailHandlers, RelayHandler, DuplicateMailHandler)).rejects.toThrow(
      'Job "send-email" has two handlers',
    );
  });

  it('routes a job to its handler with a validated payload', async () => {
    const moduleRef = await dispatcherWith(MailHandlers, RelayHandler);
    const dispatcher = moduleRef.get(JobDispatcher);
    const emailId = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
    await expect(dispatcher.dispatch(job(JobName.SendEmail, { emailId }))).resolves.toBe('sent');
    expect(moduleRef.get(MailHandlers).received).toEqual([{ emailId }]);
    expect(dispatcher.handledJobs().sort()).toEqual([JobName.RelayOutbox, JobName.SendEmail]);
    await expect(dispatcher.dispatch(job(JobName.RelayOutbox, {}))).resolves.toBeUndefined();
  });

  it('fails a malformed payload without retry', async () => {
    const moduleRef = await dispatcherWith(MailHandlers, RelayHandler);
    const dispatcher = moduleRef.get(JobDispatcher);
    const rejection = dispatcher.dispatch(job(JobName.SendEmail, { emailId: 'pas-un-uuid' }));
    await expect(rejection).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(dispatcher.dispatch(job(JobName.SendEmail, { emailId: 'x', extra: 1 }))).rejects.toThrow(
      /Invalid payload/,
    );
    await expect(dispatcher.dispatch(job('unknown-job', {}))).rejects.toBeInstanceOf(UnrecoverableError);
    expect(moduleRef.get(MailHandlers).received).toEqual([]);
  });
});
