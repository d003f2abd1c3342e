import { MigrationInterface, QueryRunner } from "typeorm";

/** Like the other owned tables (AddRelevanceAndDataVersion): the checklist's items are in the plan's next touches, so a change bumps the user's data version. */
const OWNED_TABLES = ['follow_up_checklists', 'follow_up_people', 'follow_up_items'];
const bumpTriggers = (table: string) => [
    `CREATE TRIGGER ${table}_bump_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION topofmind_bump_inserted()`,
    `CREATE TRIGGER ${table}_bump_upd AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION topofmind_bump_updated()`,
    `CREATE TRIGGER ${table}_bump_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION topofmind_bump_deleted()`,
];

/**
 * The post-event checklist (libs/follow-ups): one checklist per user and
 * event occurrence, the people met there with their MET_AT_EVENT touch, and
 * the stored items (promises, and the user's decisions on the others).
 */
export class CreateFollowUpChecklists1796602400803 implements MigrationInterface {
    name = 'CreateFollowUpChecklists1796602400803'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "follow_up_checklists" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "owner_id" uuid NOT NULL,
                "event_id" uuid NOT NULL,
                "attendees_recorded_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "follow_up_checklists_owner_event_key" UNIQUE ("owner_id", "event_id"),
                CONSTRAINT "PK_f2950d8956cdfffe207e2561f3a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "follow_up_checklists_event_idx" ON "follow_up_checklists" ("event_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."follow_up_kind" AS ENUM(
                'CONFIRM_ATTENDANCE',
                'RECORD_MET',
                'LINKEDIN_NOTE',
                'FOLLOW_UP_EMAIL',
                'COFFEE_INVITE',
                'PROMISE',
                'PROJECT_UPDATE'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."follow_up_stored_status" AS ENUM('OPEN', 'DONE', 'SKIPPED', 'SNOOZED')
        `);
        await queryRunner.query(`
            CREATE TABLE "follow_up_items" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "owner_id" uuid NOT NULL,
                "checklist_id" uuid NOT NULL,
                "key" text NOT NULL,
                "kind" "public"."follow_up_kind" NOT NULL,
                "contact_id" uuid,
                "status" "public"."follow_up_stored_status" NOT NULL DEFAULT 'OPEN',
                "text" text,
                "promised_by" TIMESTAMP(3) WITH TIME ZONE,
                "snoozed_until" TIMESTAMP(3) WITH TIME ZONE,
                "skip_reason" text,
                "done_at" TIMESTAMP(3) WITH TIME ZONE,
                "interaction_id" uuid,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "follow_up_items_checklist_key" UNIQUE ("checklist_id", "key"),
                CONSTRAINT "PK_b426a3d316dad2fdc7860ddad93" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "follow_up_items_interaction_idx" ON "follow_up_items" ("interaction_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "follow_up_items_contact_idx" ON "follow_up_items" ("contact_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "follow_up_items_owner_idx" ON "follow_up_items" ("owner_id", "checklist_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "follow_up_people" (
                "checklist_id" uuid NOT NULL,
                "contact_id" uuid NOT NULL,
                "owner_id" uuid NOT NULL,
                "meeting_id" uuid NOT NULL,
                "met_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "topics" text array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e56c5daf712c0bcd4fc9787353d" PRIMARY KEY ("checklist_id", "contact_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "follow_up_people_meeting_idx" ON "follow_up_people" ("meeting_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "follow_up_people_contact_idx" ON "follow_up_people" ("contact_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "follow_up_people_owner_idx" ON "follow_up_people" ("owner_id", "checklist_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_checklists"
            ADD CONSTRAINT "FK_c8ec7d78b325f452b85e0073893" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_checklists"
            ADD CONSTRAINT "FK_dcfb339ca97c6c3db3d0b57b88d" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_items"
            ADD CONSTRAINT "FK_5028c0bef79a526d26be9964975" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_items"
            ADD CONSTRAINT "FK_5bdea8361835b81c4731bbdebb3" FOREIGN KEY ("checklist_id") REFERENCES "follow_up_checklists"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_items"
            ADD CONSTRAINT "FK_9d8c384ff73baf1f4fa678d1daf" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_items"
            ADD CONSTRAINT "FK_035d9b167ddf779861e0ea94902" FOREIGN KEY ("interaction_id") REFERENCES "interactions"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_people"
            ADD CONSTRAINT "FK_1dbf9004678ea0cacfa29e6dd02" FOREIGN KEY ("checklist_id") REFERENCES "follow_up_checklists"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_people"
            ADD CONSTRAINT "FK_9d24387e5973e4c5759ae246729" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_people"
            ADD CONSTRAINT "FK_d23507d542522fe853810ed68cf" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_people"
            ADD CONSTRAINT "FK_c14c1c72bf52628e62295ffa3e4" FOREIGN KEY ("meeting_id") REFERENCES "interactions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        for (const table of OWNED_TABLES) for (const trigger of bumpTriggers(table)) await queryRunner.query(trigger);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of OWNED_TABLES) for (const event of ['ins', 'upd', 'del']) await queryRunner.query(`DROP TRIGGER ${table}_bump_${event} ON ${table}`);
        await queryRunner.query(`
            ALTER TABLE "follow_up_people" DROP CONSTRAINT "FK_c14c1c72bf52628e62295ffa3e4"
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_people" DROP CONSTRAINT "FK_d23507d542522fe853810ed68cf"
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_people" DROP CONSTRAINT "FK_9d24387e5973e4c5759ae246729"
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_people" DROP CONSTRAINT "FK_1dbf9004678ea0cacfa29e6dd02"
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_items" DROP CONSTRAINT "FK_035d9b167ddf779861e0ea94902"
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_items" DROP CONSTRAINT "FK_9d8c384ff73baf1f4fa678d1daf"
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_items" DROP CONSTRAINT "FK_5bdea8361835b81c4731bbdebb3"
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_items" DROP CONSTRAINT "FK_5028c0bef79a526d26be9964975"
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_checklists" DROP CONSTRAINT "FK_dcfb339ca97c6c3db3d0b57b88d"
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_checklists" DROP CONSTRAINT "FK_c8ec7d78b325f452b85e0073893"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."follow_up_people_owner_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."follow_up_people_contact_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."follow_up_people_meeting_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "follow_up_people"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."follow_up_items_owner_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."follow_up_items_contact_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."follow_up_items_interaction_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "follow_up_items"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."follow_up_stored_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."follow_up_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."follow_up_checklists_event_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "follow_up_checklists"
        `);
    }

}
