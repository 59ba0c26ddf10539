export * from './errors';
export * from './schemas';
export * from './methods';
export * from './events';
export * from './bridge';
export * from './client';
