export * from './enums';
export * from './workflow';
export * from './geometry';
export * from './report';
export * from './email';
export * from './validation';
export * from './access';
export * from './organization';
export { noNul } from './text';
