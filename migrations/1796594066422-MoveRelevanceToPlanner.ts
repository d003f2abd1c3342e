import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What RelevanceService computed in SQL when this migration was written
 * (the planner core's match weights, noisy-OR), over event_matches m LEFT
 * JOIN contacts c: frozen here for events matched but never ranked.
 */
const RELEVANCE_AT_THE_TIME = `1 - exp(sum(ln(1 - least(0.999, greatest(0, least(1, m.score)) * CASE m.kind
    WHEN 'PERSON' THEN CASE m.role WHEN 'SPEAKER' THEN 1 WHEN 'PERFORMER' THEN 1 WHEN 'HOST' THEN 0.95 WHEN 'ORGANIZER' THEN 0.95 WHEN 'SPONSOR' THEN 0.8
        WHEN 'MENTION' THEN 0.6 WHEN 'TOPIC' THEN 0.3 ELSE 0 END
      * coalesce(CASE c.role WHEN 'HIRING_MANAGER' THEN 1 WHEN 'RECRUITER' THEN 0.85 WHEN 'INTERVIEWER' THEN 0.85 WHEN 'OTHER' THEN 0.7 ELSE 0 END, 0.6)
    WHEN 'COMPANY' THEN CASE m.role WHEN 'HOST' THEN 0.75 WHEN 'ORGANIZER' THEN 0.75 WHEN 'SPEAKER' THEN 0.7 WHEN 'PERFORMER' THEN 0.7 WHEN 'SPONSOR' THEN 0.65
        WHEN 'MENTION' THEN 0.4 WHEN 'TOPIC' THEN 0.3 ELSE 0 END
    ELSE 0.3 END))))`;

/** Like the other owned tables (AddRelevanceAndDataVersion): a change to a user's relevance can change their plan. */
const BUMP_TRIGGERS = [
    `CREATE TRIGGER event_relevance_bump_ins AFTER INSERT ON event_relevance REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION topofmind_bump_inserted()`,
    `CREATE TRIGGER event_relevance_bump_upd AFTER UPDATE ON event_relevance REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION topofmind_bump_updated()`,
    `CREATE TRIGGER event_relevance_bump_del AFTER DELETE ON event_relevance REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION topofmind_bump_deleted()`,
];

/**
 * events.relevance was the planner's data on ingestion's table: it moves to
 * the planner's own event_relevance, one row per matched event. Events
 * matched but never ranked (relevance still 0: the app used to rank them at
 * start-up) are ranked here.
 */
export class MoveRelevanceToPlanner1796594066422 implements MigrationInterface {
    name = 'MoveRelevanceToPlanner1796594066422'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "event_relevance" (
                "event_id" uuid NOT NULL,
                "owner_id" uuid NOT NULL,
                "relevance" real NOT NULL,
                CONSTRAINT "PK_bfdb54b505d00653613e68e116b" PRIMARY KEY ("event_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "event_relevance"
            ADD CONSTRAINT "FK_bfdb54b505d00653613e68e116b" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_relevance"
            ADD CONSTRAINT "FK_4072626d3fa7c0d8549f680e2ee" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            CREATE INDEX "event_relevance_owner_rank_idx" ON "event_relevance" ("owner_id", "relevance", "event_id")
        `);
        await queryRunner.query(`
            INSERT INTO event_relevance (event_id, owner_id, relevance)
            SELECT e.id, e.owner_id,
                   CASE WHEN e.relevance > 0 THEN e.relevance
                        ELSE coalesce((SELECT ${RELEVANCE_AT_THE_TIME} FROM event_matches m LEFT JOIN contacts c ON c.id = m.contact_id
                                        WHERE m.owner_id = e.owner_id AND m.event_id = e.id), 0) END
              FROM events e
             WHERE EXISTS (SELECT 1 FROM event_matches m WHERE m.owner_id = e.owner_id AND m.event_id = e.id)
        `);
        for (const trigger of BUMP_TRIGGERS) await queryRunner.query(trigger);
        await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "relevance"
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "events"
            ADD "relevance" real NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            UPDATE events e SET relevance = r.relevance FROM event_relevance r WHERE r.event_id = e.id
        `);
        for (const event of ['ins', 'upd', 'del']) await queryRunner.query(`DROP TRIGGER event_relevance_bump_${event} ON event_relevance`);
        await queryRunner.query(`
            DROP INDEX "public"."event_relevance_owner_rank_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "event_relevance"
        `);
    }

}
