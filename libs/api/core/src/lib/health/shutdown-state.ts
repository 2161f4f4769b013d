import { Injectable } from '@nestjs/common';

/** Set on SIGTERM: readiness turns false so a load balancer stops sending work while requests drain. */
@Injectable()
export class ShutdownState {
  draining = false;
}
