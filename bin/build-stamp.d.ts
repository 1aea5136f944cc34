export const ROOT: string;
export const STAMP: string;
export function serverSourceHash(root?: string): string;
export function whatToRun(root?: string): 'built' | 'sources';
