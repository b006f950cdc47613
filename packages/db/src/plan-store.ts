import type { Kysely } from 'kysely';
import type { PlanSettings, PlanStore, StoredPlan, UserId } from '@onsite/core';
import type { DatabaseSchema } from './tables';

/** PlanStore over Kysely, one code path for SQLite and PostgreSQL. */
export class KyselyPlanStore implements PlanStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async getPlan(userId: UserId): Promise<StoredPlan | null> {
    const row = await this.db
      .selectFrom('plans')
      .selectAll()
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (row === undefined) return null;
    return {
      settings: {
        targetDate: row.target_date,
        loop: row.loop,
        hoursPerWeek: row.hours_per_week,
      },
      updatedAt: row.updated_at,
    };
  }

  async savePlan(userId: UserId, settings: PlanSettings, updatedAt: string): Promise<void> {
    const values = {
      target_date: settings.targetDate,
      loop: settings.loop,
      hours_per_week: settings.hoursPerWeek,
      updated_at: updatedAt,
    };
    await this.db
      .insertInto('plans')
      .values({ user_id: userId, ...values })
      .onConflict((conflict) => conflict.column('user_id').doUpdateSet(values))
      .execute();
  }

  async deletePlan(userId: UserId): Promise<boolean> {
    const result = await this.db
      .deleteFrom('plans')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
