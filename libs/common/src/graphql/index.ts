export * from './request-context';
export * from './public.decorator';
export * from './current-viewer.decorator';
export * from './complexity';
