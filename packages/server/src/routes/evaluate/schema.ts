export { EvaluateSchema } from '../../contract';
