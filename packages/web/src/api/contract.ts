/**
 * The one place the web app reaches into the server package, and only for
 * types: a rename in the contract breaks this build.
 */
export type {
  ApiErrorBody,
  CreateSessionInput,
  CreateSubmissionInput,
  HealthResponse,
  SubmissionCreatedResponse,
  SubmissionListResponse,
  SubmissionResponse,
  SubmissionStatus,
  SubmissionSummary,
  DraftResponse,
  EvaluateInput,
  EvaluateResponse,
  MetaResponse,
  QuestionListQuery,
  QuestionListResponse,
  QuestionResponse,
  QuestionSummary,
  RoundResponse,
  SaveDraftInput,
  SessionListResponse,
  SessionResponse,
  StoryInput,
  StoryListResponse,
  StoryMatrixResponse,
  StoryResponse,
  StorySuggestion,
  StorySuggestionResponse,
  SubmitTextInput,
} from '@onsite/server/api';
