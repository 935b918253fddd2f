export * from './access';
export * from './email';
export * from './enums';
export * from './geometry';
export * from './organization';
export * from './report';
export { noNul } from './text';
export * from './validation';
export * from './workflow';
