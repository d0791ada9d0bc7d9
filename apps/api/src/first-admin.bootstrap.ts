import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { UsersService } from '@tremplin/identity';

/** Creates the first administrator from ADMIN_EMAIL / ADMIN_PASSWORD at the first start. */
@Injectable()
export class FirstAdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdminBootstrap.name);

  constructor(private readonly users: UsersService) {}

  async onApplicationBootstrap(): Promise<void> {
    const outcome = await this.users.ensureFirstAdmin();
    if (outcome === 'created') this.logger.log({ event: 'bootstrap.first_admin_created' });
  }
}
