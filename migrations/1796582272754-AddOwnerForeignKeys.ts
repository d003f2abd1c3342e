import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * These tables carried owner_id without a key to users: rows went with the
 * user only through their event. Deleting an account must provably leave
 * no row naming the user, so each owner_id now cascades from users itself.
 */
export class AddOwnerForeignKeys1796582272754 implements MigrationInterface {
    name = 'AddOwnerForeignKeys1796582272754'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Rows of users already gone (none, if every event went with its owner) would fail the constraints.
        for (const table of ["event_items", "event_matches", "event_attendance"]) {
            await queryRunner.query(`DELETE FROM "${table}" t WHERE NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = t."owner_id")`);
        }
        await queryRunner.query(`
            ALTER TABLE "event_items"
            ADD CONSTRAINT "FK_371af02c647ba869028ee063edd" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_matches"
            ADD CONSTRAINT "FK_7340cb8f2f52f5363507836627c" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_attendance"
            ADD CONSTRAINT "FK_63d5130610e5f1081045935079a" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "event_attendance" DROP CONSTRAINT "FK_63d5130610e5f1081045935079a"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_matches" DROP CONSTRAINT "FK_7340cb8f2f52f5363507836627c"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_items" DROP CONSTRAINT "FK_371af02c647ba869028ee063edd"
        `);
    }

}
