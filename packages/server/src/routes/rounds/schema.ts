export { FinishRoundSchema, ReplySchema, SaveDraftSchema, SubmitTextSchema } from '../../contract';
