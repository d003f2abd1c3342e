import { MigrationInterface, QueryRunner } from "typeorm";

export class IndexMatchesByEvent1796600022188 implements MigrationInterface {
    name = 'IndexMatchesByEvent1796600022188'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "event_matches_event_idx" ON "event_matches" ("event_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."event_matches_event_idx"
        `);
    }

}
