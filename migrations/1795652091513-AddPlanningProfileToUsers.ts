import { MigrationInterface, QueryRunner } from "typeorm";

export class AddPlanningProfileToUsers1795652091513 implements MigrationInterface {
    name = 'AddPlanningProfileToUsers1795652091513'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "target_roles" text array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "interests" text array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "cadence_rules" jsonb
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "calendar_token" text
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "users_calendar_token_key" ON "users" ("calendar_token")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."users_calendar_token_key"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "calendar_token"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "cadence_rules"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "interests"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "target_roles"
        `);
    }

}
