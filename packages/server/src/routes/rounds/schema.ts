export { SaveDraftSchema, SubmitTextSchema } from '../../contract';
