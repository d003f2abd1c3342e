export * from './demo.module';
export * from './demo.seeder';
export { DEMO_USER } from './demo-workspace';
