import { MigrationInterface, QueryRunner } from "typeorm";

export class IndexItemsByUid1796585663446 implements MigrationInterface {
    name = 'IndexItemsByUid1796585663446'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "feed_items_uid_idx" ON "feed_items" ("uid", "recurrence_key")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."feed_items_uid_idx"
        `);
    }

}
