export * from './accounts.ts';
export * from './audit.ts';
export * from './dossiers.ts';
export * from './feedback.ts';
export * from './plans.ts';
export * from './settings.ts';
export * from './surveys.ts';
export * from './units.ts';
