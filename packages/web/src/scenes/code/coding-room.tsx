import { isPublicCodingQuestion, type PublicCodingQuestion } from '@onsite/core';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { useHealth, useQuestion } from '../../api/queries';
import { Icon } from '../../components/icons';
import {
  DifficultyTag,
  ErrorState,
  isNotFoundError,
  Loading,
  NoSuchQuestion,
} from '../../components/ui';
import { CodeWorkspace } from './code-workspace';
import { ProblemStatement } from './problem-statement';
import '../../styles/coding.css';
import { useDocumentTitle } from '../../components/use-document-title';

export const CodingRoomScene = () => {
  const { kind = '', slug = '' } = useParams();
  const query = useQuestion(`${kind}/${slug}`);
  if (query.isPending) {
    return (
      <div className="room-loading">
        <Loading label="Opening the coding room" rows={4} />
      </div>
    );
  }
  if (query.isError && isNotFoundError(query.error)) {
    return (
      <div className="page">
        <NoSuchQuestion questionId={`${kind}/${slug}`} />
      </div>
    );
  }
  if (query.isError || !isPublicCodingQuestion(query.data.question)) {
    return (
      <div className="page">
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <div className="card">
            <h1>This is not a coding question</h1>
            <p className="muted">Only coding questions open in the code editor.</p>
          </div>
        )}
        <p>
          <Link to="/questions?kind=coding">Back to the coding questions</Link>
        </p>
      </div>
    );
  }
  return <CodingRoom key={query.data.question.id} question={query.data.question} />;
};

const CodingRoom = ({ question }: { question: PublicCodingQuestion }) => {
  const ids = useId();

  useDocumentTitle(question.title);

  return (
    <div className="room code-room">
      <header className="room-bar">
        <Link
          to={`/questions/${question.id}`}
          className="room-leave"
          aria-label="Back to the question (your code is kept)"
        >
          <Icon name="arrowLeft" size={18} />
        </Link>
        <h1 className="room-title">{question.title}</h1>
        <DifficultyTag difficulty={question.difficulty} />
      </header>
      <IsolationBanner />

      <div className="code-body">
        <section className="code-statement" aria-labelledby={`${ids}-statement`}>
          <h2 id={`${ids}-statement`} className="visually-hidden">
            Problem statement
          </h2>
          <ProblemWithTopics question={question} />
        </section>
        <CodeWorkspace question={question} />
      </div>
    </div>
  );
};

/** The statement with its topic chips; an interview shows neither the topics nor the hints (they are asked for). */
export const ProblemWithTopics = ({
  question,
  isInterview = false,
}: {
  question: PublicCodingQuestion;
  isInterview?: boolean;
}) => (
  <>
    {!isInterview && (
      <div className="chips">
        {question.topics.map((topic) => (
          <span key={topic} className="chip">
            {topic.replace(/-/g, ' ')}
          </span>
        ))}
      </div>
    )}
    <ProblemStatement question={question} isInterview={isInterview} />
  </>
);

export const IsolationBanner = () => {
  const health = useHealth();
  const warning = health.data?.judge.warning;
  if (warning === undefined) return null;
  return (
    <div className="judge-warning" role="alert">
      <strong>Your code runs with weak isolation ({health.data?.judge.isolation}).</strong>{' '}
      {warning}
    </div>
  );
};
