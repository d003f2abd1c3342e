import { Injectable } from '@nestjs/common';

/** The current time, injectable so tests can set it (cadence and plans depend on "now"). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
