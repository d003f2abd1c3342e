export * from './core';
export * from './attendance.entity';
export * from './planner.entities';
export * from './relevance.entity';
export * from './planner.enums';
export * from './planner.module';
export * from './planner.service';
export * from './planner-data';
