import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sign-in throttling state, shared by every instance: rate-limiter-flexible's
 * PostgreSQL store with its own column layout (key, points, expire in epoch
 * ms). The app tells the library the table exists (tableCreated) instead of
 * letting it create tables at run time. No entity: only the library reads it.
 */
export class CreateAuthThrottle1796581818899 implements MigrationInterface {
    name = 'CreateAuthThrottle1796581818899'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "auth_throttle" (
                "key" varchar(255) PRIMARY KEY,
                "points" integer NOT NULL DEFAULT 0,
                "expire" bigint
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "auth_throttle_expire_idx" ON "auth_throttle" ("expire")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "auth_throttle"
        `);
    }
}
