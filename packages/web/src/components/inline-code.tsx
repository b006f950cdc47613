/** A sentence from core with `flag-id` spans in backticks: those spans as code, the rest as text. */
export const InlineCode = ({ text }: { text: string }) => (
  <>
    {text
      .split('`')
      .map((part, index) =>
        index % 2 === 1 ? <code key={index}>{part}</code> : part === '' ? null : part,
      )}
  </>
);
