export * from './core';
export * from './event-match.entity';
export * from './event-match.type';
export * from './match.enums';
export * from './matches.resolver';
export * from './matching.module';
export * from './matching.service';
export * from './tracked-set';
