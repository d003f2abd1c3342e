import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Calendar feed secrets were stored in plain text; now only their SHA-256,
 * like access tokens. Existing secrets are hashed in place, so subscribed
 * calendars keep working; when they were issued is unknown, so the time of
 * this migration stands in.
 */
export class HashCalendarTokens1796582473425 implements MigrationInterface {
    name = 'HashCalendarTokens1796582473425'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "calendar_token_hash" bytea
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "calendar_token_created_at" TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            UPDATE "users"
               SET "calendar_token_hash" = sha256(convert_to("calendar_token", 'UTF8')),
                   "calendar_token_created_at" = now()
             WHERE "calendar_token" IS NOT NULL
        `);
        await queryRunner.query(`
            DROP INDEX "public"."users_calendar_token_key"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "calendar_token"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "users_calendar_token_hash_key" ON "users" ("calendar_token_hash")
        `);
    }

    /** A hash cannot be turned back into its secret: going down, every feed URL stops working and is issued anew on request. */
    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."users_calendar_token_hash_key"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "calendar_token_created_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "calendar_token_hash"
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "calendar_token" text
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "users_calendar_token_key" ON "users" USING btree ("calendar_token")
        `);
    }
}
