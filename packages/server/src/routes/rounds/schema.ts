export { FinishRoundSchema, SaveDraftSchema, SubmitTextSchema } from '../../contract';
