export * from './indicators';
export * from './review';
export { contributions, NOTHING_TO_SUM, sumProblem, sumReports, SumError, type Summable, type SumInput, type SumResult } from './sum';
