import { MigrationInterface, QueryRunner } from "typeorm";

export class AddFeedUploadsAndManualRefresh1796582064904 implements MigrationInterface {
    name = 'AddFeedUploadsAndManualRefresh1796582064904'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "feed_uploads" (
                "feed_id" uuid NOT NULL,
                "body" text NOT NULL,
                "content_type" text,
                "received_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_974bbefb9e0cd620cf86fdc79cb" PRIMARY KEY ("feed_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "sources"
            ADD "last_manual_refresh_at" TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "feed_uploads"
            ADD CONSTRAINT "FK_974bbefb9e0cd620cf86fdc79cb" FOREIGN KEY ("feed_id") REFERENCES "feeds"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "feed_uploads" DROP CONSTRAINT "FK_974bbefb9e0cd620cf86fdc79cb"
        `);
        await queryRunner.query(`
            ALTER TABLE "sources" DROP COLUMN "last_manual_refresh_at"
        `);
        await queryRunner.query(`
            DROP TABLE "feed_uploads"
        `);
    }

}
