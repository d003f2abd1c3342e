import { MigrationInterface, QueryRunner } from "typeorm";

/** Like every table of owned rows (docs/PLAN-CACHE.md): a write bumps the owner's data version. */
const OWNED_TABLES = ['digest_settings', 'digest_deliveries'];
const bumpTriggers = (table: string) => [
    `CREATE TRIGGER ${table}_bump_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION topofmind_bump_inserted()`,
    `CREATE TRIGGER ${table}_bump_upd AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION topofmind_bump_updated()`,
    `CREATE TRIGGER ${table}_bump_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION topofmind_bump_deleted()`,
];

/**
 * Email digests (libs/digests): settings per user (none: the defaults), one
 * delivery per user and period under a unique key (tests aside), and the
 * secret that signs unsubscribe links when none is configured.
 */
export class CreateDigests1796605655920 implements MigrationInterface {
    name = 'CreateDigests1796605655920'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."digest_delivery_status" AS ENUM('SENDING', 'SENT', 'SKIPPED', 'FAILED')
        `);
        await queryRunner.query(`
            CREATE TABLE "digest_deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "owner_id" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "period_key" text NOT NULL,
                "period_start" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "status" "public"."digest_delivery_status" NOT NULL,
                "test" boolean NOT NULL DEFAULT false,
                "message_id" text NOT NULL,
                "subject" text,
                "attempts" integer NOT NULL DEFAULT '0',
                "error" text,
                "retryable" boolean NOT NULL DEFAULT false,
                "claimed_until" TIMESTAMP(3) WITH TIME ZONE,
                "sent_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_63ec2a093d977e1ecf99becad20" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "digest_deliveries_owner_created_idx" ON "digest_deliveries" ("owner_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "digest_deliveries_period_key" ON "digest_deliveries" ("owner_id", "period_key")
            WHERE NOT test
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."digest_frequency" AS ENUM('DAILY', 'WEEKLY', 'OFF')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."digest_weekday" AS ENUM(
                'MONDAY',
                'TUESDAY',
                'WEDNESDAY',
                'THURSDAY',
                'FRIDAY',
                'SATURDAY',
                'SUNDAY'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."digest_section" AS ENUM('EVENTS', 'CHANGES', 'FOLLOW_UPS', 'SOURCES')
        `);
        await queryRunner.query(`
            CREATE TABLE "digest_settings" (
                "owner_id" uuid NOT NULL,
                "frequency" "public"."digest_frequency" NOT NULL DEFAULT 'WEEKLY',
                "weekday" "public"."digest_weekday" NOT NULL DEFAULT 'MONDAY',
                "local_time" text NOT NULL DEFAULT '08:00',
                "sections" "public"."digest_section" array NOT NULL DEFAULT '{EVENTS,CHANGES,FOLLOW_UPS,SOURCES}',
                "skip_when_empty" boolean NOT NULL DEFAULT true,
                "paused" boolean NOT NULL DEFAULT false,
                "last_error" text,
                "failures_in_a_row" integer NOT NULL DEFAULT '0',
                "last_sent_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f24445e58c23e750aa585157e04" PRIMARY KEY ("owner_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "digest_signing_keys" (
                "name" text NOT NULL,
                "secret" text NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_86f676c477c72c0d10f57bf661a" PRIMARY KEY ("name")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "digest_deliveries"
            ADD CONSTRAINT "FK_291b3aa38709bf8bfa118b8a760" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "digest_settings"
            ADD CONSTRAINT "FK_f24445e58c23e750aa585157e04" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        for (const table of OWNED_TABLES) for (const trigger of bumpTriggers(table)) await queryRunner.query(trigger);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of OWNED_TABLES) for (const event of ['ins', 'upd', 'del']) await queryRunner.query(`DROP TRIGGER ${table}_bump_${event} ON ${table}`);
        await queryRunner.query(`
            ALTER TABLE "digest_settings" DROP CONSTRAINT "FK_f24445e58c23e750aa585157e04"
        `);
        await queryRunner.query(`
            ALTER TABLE "digest_deliveries" DROP CONSTRAINT "FK_291b3aa38709bf8bfa118b8a760"
        `);
        await queryRunner.query(`
            DROP TABLE "digest_signing_keys"
        `);
        await queryRunner.query(`
            DROP TABLE "digest_settings"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."digest_section"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."digest_weekday"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."digest_frequency"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."digest_deliveries_period_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."digest_deliveries_owner_created_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "digest_deliveries"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."digest_delivery_status"
        `);
    }

}
