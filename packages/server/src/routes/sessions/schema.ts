export { CreateSessionSchema, ListQuerySchema } from '../../contract';
