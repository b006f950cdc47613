/** The typed API for clients (the web app imports this as types only). */
export type * from './contract';
export type { QuestionListQuery } from './routes/questions/schema';
export type { SaveDraftInput } from './routes/rounds/schema';
export type { CreateSessionInput } from './routes/sessions/schema';
export type { StoryInput } from './routes/stories/schema';
export type { CreateSubmissionInput } from './routes/submissions/schema';
