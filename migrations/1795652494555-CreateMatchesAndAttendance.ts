import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateMatchesAndAttendance1795652494555 implements MigrationInterface {
    name = 'CreateMatchesAndAttendance1795652494555'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."match_kind" AS ENUM('PERSON', 'COMPANY', 'TOPIC')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."match_role" AS ENUM(
                'SPEAKER',
                'HOST',
                'ORGANIZER',
                'SPONSOR',
                'PERFORMER',
                'MENTION',
                'TOPIC'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "event_matches" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "owner_id" uuid NOT NULL,
                "event_id" uuid NOT NULL,
                "kind" "public"."match_kind" NOT NULL,
                "role" "public"."match_role" NOT NULL,
                "score" real NOT NULL,
                "contact_id" uuid,
                "company_id" uuid,
                "topic" text,
                "evidence" jsonb NOT NULL,
                "reason" text NOT NULL,
                "matched_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6c59f25428d3262dbdf4182c2a6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "event_matches_company_idx" ON "event_matches" ("company_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "event_matches_contact_idx" ON "event_matches" ("contact_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "event_matches_owner_event_idx" ON "event_matches" ("owner_id", "event_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."attendance_status" AS ENUM('GOING', 'MAYBE', 'NOT_GOING')
        `);
        await queryRunner.query(`
            CREATE TABLE "event_attendance" (
                "owner_id" uuid NOT NULL,
                "event_id" uuid NOT NULL,
                "status" "public"."attendance_status" NOT NULL,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_de0b34337d83ddd907b414ed8be" PRIMARY KEY ("owner_id", "event_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "event_matches"
            ADD CONSTRAINT "FK_fd3c532f852560534d6322e7d72" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_matches"
            ADD CONSTRAINT "FK_d8442eb03c134e4a6f93b8929af" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_matches"
            ADD CONSTRAINT "FK_055be373a979567ec55f0c1ba78" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_attendance"
            ADD CONSTRAINT "FK_f129300b09d62003b8cc80a602c" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "event_attendance" DROP CONSTRAINT "FK_f129300b09d62003b8cc80a602c"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_matches" DROP CONSTRAINT "FK_055be373a979567ec55f0c1ba78"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_matches" DROP CONSTRAINT "FK_d8442eb03c134e4a6f93b8929af"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_matches" DROP CONSTRAINT "FK_fd3c532f852560534d6322e7d72"
        `);
        await queryRunner.query(`
            DROP TABLE "event_attendance"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."attendance_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."event_matches_owner_event_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."event_matches_contact_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."event_matches_company_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "event_matches"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."match_role"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."match_kind"
        `);
    }

}
