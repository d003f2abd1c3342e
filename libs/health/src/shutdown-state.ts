import { Injectable } from '@nestjs/common';

/** Whether this process has begun shutting down; set by the graceful shutdown, read by `/ready`. */
@Injectable()
export class ShutdownState {
  private beganAt: Date | null = null;

  begin(): void {
    this.beganAt ??= new Date();
  }

  get shuttingDown(): boolean {
    return this.beganAt !== null;
  }
}
