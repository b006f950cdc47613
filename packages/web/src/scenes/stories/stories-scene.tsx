import type { Story } from '@onsite/core';
import { findPrinciple } from '@onsite/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, isApiError } from '../../api/client';
import { keys, useStories, useStoryMatrix } from '../../api/queries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Icon } from '../../components/icons';
import { useToast } from '../../components/toast';
import { EmptyState, Loaded, PageHeader, formatRelative, humanize } from '../../components/ui';
import { StoryForm, emptyStory, formToInput, storyToForm, type StoryFormValue } from './story-form';
import { StoryMatrix } from './story-matrix';

/** `?story=new`, `?story=new&principle=amazon/ownership` or `?story=<id>` opens the editor. */
export const StoriesScene = () => {
  const [params, setParams] = useSearchParams();
  const stories = useStories();
  const matrix = useStoryMatrix();
  const client = useQueryClient();
  const toast = useToast();
  const [toDelete, setToDelete] = useState<Story | null>(null);
  const editing = params.get('story');
  const seedPrinciple = params.get('principle');
  const editingStory = stories.data?.stories.find((story) => story.id === editing);

  const open = (story: string | null, principle?: string) => {
    const next = new URLSearchParams();
    if (story !== null) next.set('story', story);
    if (principle !== undefined) next.set('principle', principle);
    setParams(next);
  };
  const refresh = () => {
    void client.invalidateQueries({ queryKey: keys.stories });
    // A principle with no story is a weak area on Today and Progress.
    void client.invalidateQueries({ queryKey: keys.progress });
  };

  const save = useMutation({
    mutationFn: (value: StoryFormValue) =>
      editingStory === undefined
        ? api('POST /api/stories', { body: formToInput(value) })
        : api('PUT /api/stories/:id', {
            params: { id: editingStory.id },
            body: formToInput(value),
          }),
    onSuccess: ({ story }) => {
      refresh();
      toast.show({
        title: editingStory === undefined ? 'Story saved' : 'Changes saved',
        detail: story.title,
        tone: 'success',
      });
      open(null);
    },
    onError: (error) => {
      if (!isApiError(error) || Object.keys(error.fields).length === 0) toast.showError(error);
    },
  });

  const remove = useMutation({
    mutationFn: (story: Story) => api('DELETE /api/stories/:id', { params: { id: story.id } }),
    onSuccess: () => {
      refresh();
      setToDelete(null);
      open(null);
      toast.show({ title: 'Story deleted', tone: 'info' });
    },
    onError: (error) => toast.showError(error),
  });

  const fieldErrors = isApiError(save.error) ? save.error.fields : {};
  const isEditorOpen = editing !== null && (editing === 'new' || editingStory !== undefined);

  return (
    <div className="page">
      <PageHeader
        title="Stories"
        lead="Keep six to eight strong stories ready; one story can answer many questions. Tag each with the principles it proves."
        actions={
          <button type="button" className="btn btn-primary" onClick={() => open('new')}>
            <Icon name="plus" size={16} /> New story
          </button>
        }
      />

      <section className="card" aria-labelledby="matrix-heading">
        <div className="card-head card-head-plain">
          <h2 id="matrix-heading">Principle coverage</h2>
        </div>
        <Loaded query={matrix} label="Loading coverage" rows={3}>
          {(data) => (
            <StoryMatrix
              matrix={data}
              onFillGap={(principle) => open('new', principle)}
              onOpenStory={(id) => open(id)}
            />
          )}
        </Loaded>
      </section>

      <div className={isEditorOpen ? 'stories-layout is-editing' : 'stories-layout'}>
        <section className="card card-flush" aria-labelledby="story-list-heading">
          <div className="card-head">
            <h2 id="story-list-heading">Your stories</h2>
          </div>
          <Loaded query={stories} label="Loading stories" rows={3}>
            {(data) =>
              data.stories.length === 0 ? (
                <EmptyState
                  title="No stories yet"
                  action={
                    <button type="button" className="btn btn-secondary" onClick={() => open('new')}>
                      Write your first story
                    </button>
                  }
                >
                  Start with the project you are proudest of: what was at stake, what you did, and
                  what changed.
                </EmptyState>
              ) : (
                <ul className="story-list">
                  {data.stories.map((story) => (
                    <li key={story.id}>
                      <button
                        type="button"
                        className={`story-row${story.id === editing ? ' is-active' : ''}`}
                        onClick={() => open(story.id)}
                      >
                        <bdi className="story-title">{story.title}</bdi>
                        <span className="story-meta">
                          {story.principles.length === 0
                            ? 'No principles tagged'
                            : story.principles
                                .slice(0, 3)
                                .map((id) => findPrinciple(id)?.name ?? id)
                                .join(' · ')}
                          {story.principles.length > 3 ? ` +${story.principles.length - 3}` : ''}
                        </span>
                        <span className="story-meta">
                          {story.competencies.map(humanize).join(', ')}{' '}
                          {story.competencies.length > 0 ? '·' : ''} edited{' '}
                          {formatRelative(story.updatedAt)}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )
            }
          </Loaded>
        </section>

        {isEditorOpen && (
          <section className="card" aria-labelledby="story-editor-heading">
            <h2 id="story-editor-heading">
              {editingStory === undefined ? 'New story' : 'Edit story'}
            </h2>
            <StoryForm
              key={editing}
              initial={
                editingStory === undefined
                  ? emptyStory(seedPrinciple === null ? [] : [seedPrinciple])
                  : storyToForm(editingStory)
              }
              isNew={editingStory === undefined}
              isSaving={save.isPending}
              fieldErrors={fieldErrors}
              onSave={(value) => save.mutate(value)}
              onCancel={() => open(null)}
              {...(editingStory === undefined ? {} : { onDelete: () => setToDelete(editingStory) })}
            />
          </section>
        )}
      </div>

      <ConfirmDialog
        open={toDelete !== null}
        onOpenChange={(isOpen) => !isOpen && setToDelete(null)}
        title={
          <>
            Delete “<bdi>{toDelete?.title}</bdi>”?
          </>
        }
        description="The story and its tags are removed. Past scorecards are not affected."
        cancelLabel="Keep it"
        action={
          <button
            type="button"
            className="btn btn-danger"
            disabled={remove.isPending}
            onClick={() => toDelete !== null && remove.mutate(toDelete)}
          >
            {remove.isPending ? 'Deleting…' : 'Delete story'}
          </button>
        }
      />
    </div>
  );
};
