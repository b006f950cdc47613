import type { Kysely } from 'kysely';
import { DomainError, type Story, type StoryId, type StoryStore, type UserId } from '@onsite/core';
import type { DatabaseSchema } from './tables';
import { storyFromRow, storyToRow } from './rows';

/** StoryStore over Kysely, one code path for SQLite and PostgreSQL. */
export class KyselyStoryStore implements StoryStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Most recently edited first. */
  async listStories(userId: UserId): Promise<readonly Story[]> {
    const rows = await this.db
      .selectFrom('stories')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(storyFromRow);
  }

  async getStory(userId: UserId, id: StoryId): Promise<Story | null> {
    const row = await this.db
      .selectFrom('stories')
      .selectAll()
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row === undefined ? null : storyFromRow(row);
  }

  async saveStory(story: Story): Promise<void> {
    const { id: _id, user_id: _userId, ...editable } = storyToRow(story);
    const result = await this.db
      .insertInto('stories')
      .values(storyToRow(story))
      .onConflict((conflict) =>
        conflict
          .column('id')
          .doUpdateSet(editable)
          // Ids are global, so a colliding id from another user must not take over their story.
          .where('stories.user_id', '=', story.userId),
      )
      .executeTakeFirst();
    if (result.numInsertedOrUpdatedRows === 0n) {
      throw new DomainError('CONFLICT', `Story ${story.id} belongs to another user`);
    }
  }

  async deleteStory(userId: UserId, id: StoryId): Promise<boolean> {
    const result = await this.db
      .deleteFrom('stories')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
