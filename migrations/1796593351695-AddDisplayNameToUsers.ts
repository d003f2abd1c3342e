import { MigrationInterface, QueryRunner } from "typeorm";

/** users_bump_version's function: the profile columns a plan depends on bump the user's data version. */
const bumpUser = (columns: string[]) => `
    CREATE OR REPLACE FUNCTION topofmind_bump_user() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF (${columns.map((c) => `NEW.${c}`).join(', ')})
           IS DISTINCT FROM (${columns.map((c) => `OLD.${c}`).join(', ')}) THEN
            NEW.data_version := OLD.data_version + 1;
        END IF;
        RETURN NEW;
    END $$
`;
const PLAN_COLUMNS = ['time_zone', 'linkedin_premium', 'cadence_rules', 'target_roles', 'interests', 'email'];

export class AddDisplayNameToUsers1796593351695 implements MigrationInterface {
    name = 'AddDisplayNameToUsers1796593351695'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "display_name" text
        `);
        // Drafts sign with the display name: changing it must not leave a cached plan signed with the old one.
        await queryRunner.query(bumpUser([...PLAN_COLUMNS, 'display_name']));
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(bumpUser(PLAN_COLUMNS));
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "display_name"
        `);
    }

}
