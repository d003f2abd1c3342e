export * from './demo.module';
export * from './demo.seeder';
export * from './demo-policy';
export { DEMO_USER } from './demo-workspace';
