import * as Toast from '@radix-ui/react-toast';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { describeError } from '../api/errors';

export type ToastTone = 'info' | 'success' | 'error';

interface ToastMessage {
  readonly id: number;
  readonly title: string;
  readonly detail?: string;
  readonly tone: ToastTone;
}

interface ToastApi {
  readonly show: (message: { title: string; detail?: string; tone?: ToastTone }) => void;
  /** Shows what went wrong and what to do next, from any thrown value. */
  readonly showError: (error: unknown) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

export const ToastProvider = ({ children }: { children: ReactNode }) => {
  const [messages, setMessages] = useState<readonly ToastMessage[]>([]);
  const show = useCallback<ToastApi['show']>(({ title, detail, tone = 'info' }) => {
    setMessages((current) => [
      ...current.slice(-2),
      { id: Date.now() + Math.random(), title, tone, ...(detail === undefined ? {} : { detail }) },
    ]);
  }, []);
  const showError = useCallback(
    (error: unknown) => {
      const copy = describeError(error);
      show({ title: copy.title, detail: copy.detail, tone: 'error' });
    },
    [show],
  );
  const api = useMemo(() => ({ show, showError }), [show, showError]);

  return (
    <ToastContext.Provider value={api}>
      <Toast.Provider swipeDirection="right" duration={6000}>
        {children}
        {messages.map((message) => (
          <Toast.Root
            key={message.id}
            className={`toast toast-${message.tone}`}
            type={message.tone === 'error' ? 'foreground' : 'background'}
            duration={message.tone === 'error' ? 10_000 : 5000}
            onOpenChange={(open) => {
              if (!open) setMessages((current) => current.filter((item) => item.id !== message.id));
            }}
          >
            <Toast.Title className="toast-title">{message.title}</Toast.Title>
            {message.detail !== undefined && (
              <Toast.Description className="toast-detail">{message.detail}</Toast.Description>
            )}
            <Toast.Close className="toast-close" aria-label="Dismiss">
              ×
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className="toast-viewport" />
      </Toast.Provider>
    </ToastContext.Provider>
  );
};

export const useToast = (): ToastApi => {
  const value = useContext(ToastContext);
  if (value === null) throw new Error('useToast must be used inside <ToastProvider>');
  return value;
};
