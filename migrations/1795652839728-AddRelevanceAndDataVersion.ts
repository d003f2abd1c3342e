import { MigrationInterface, QueryRunner } from "typeorm";

/** Tables whose rows carry owner_id; a change to any of them can change that owner's plan. */
const OWNED_TABLES = ['companies', 'contacts', 'interviews', 'interactions', 'project_updates', 'sources', 'events', 'event_items', 'event_matches', 'event_attendance'];

async function createBumpTriggers(queryRunner: QueryRunner, table: string, fn: string): Promise<void> {
    await queryRunner.query(`CREATE TRIGGER ${table}_bump_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}_inserted()`);
    await queryRunner.query(`CREATE TRIGGER ${table}_bump_upd AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}_updated()`);
    await queryRunner.query(`CREATE TRIGGER ${table}_bump_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}_deleted()`);
}


export class AddRelevanceAndDataVersion1795652839728 implements MigrationInterface {
    name = 'AddRelevanceAndDataVersion1795652839728'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "data_version" bigint NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "events"
            ADD "relevance" real NOT NULL DEFAULT '0'
        `);

        // Every change to a user's rows bumps users.data_version (statement-level
        // triggers with transition tables: one UPDATE per statement, however many
        // rows it wrote). Cached plans are keyed on it, so no instance serves a
        // plan older than the data.
        for (const [name, rows] of [
            ['inserted', 'SELECT owner_id FROM new_rows'],
            ['updated', 'SELECT owner_id FROM new_rows UNION SELECT owner_id FROM old_rows'],
            ['deleted', 'SELECT owner_id FROM old_rows'],
        ]) {
            await queryRunner.query(`
                CREATE FUNCTION topofmind_bump_${name}() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE users SET data_version = data_version + 1 WHERE id IN (${rows});
                    RETURN NULL;
                END $$
            `);
            await queryRunner.query(`
                CREATE FUNCTION topofmind_bump_interview_contacts_${name}() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE users SET data_version = data_version + 1
                     WHERE id IN (SELECT i.owner_id FROM interviews i WHERE i.id IN (${rows.replace(/owner_id/g, 'interview_id')}));
                    RETURN NULL;
                END $$
            `);
        }
        for (const table of OWNED_TABLES) await createBumpTriggers(queryRunner, table, 'topofmind_bump');
        await createBumpTriggers(queryRunner, 'interview_contacts', 'topofmind_bump_interview_contacts');
        await queryRunner.query(`
            CREATE FUNCTION topofmind_bump_user() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF (NEW.time_zone, NEW.linkedin_premium, NEW.cadence_rules, NEW.target_roles, NEW.interests, NEW.email)
                   IS DISTINCT FROM (OLD.time_zone, OLD.linkedin_premium, OLD.cadence_rules, OLD.target_roles, OLD.interests, OLD.email) THEN
                    NEW.data_version := OLD.data_version + 1;
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`CREATE TRIGGER users_bump_version BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION topofmind_bump_user()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER IF EXISTS users_bump_version ON users`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS topofmind_bump_user()`);
        for (const table of [...OWNED_TABLES, 'interview_contacts']) {
            for (const event of ['ins', 'upd', 'del']) await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_bump_${event} ON ${table}`);
        }
        for (const name of ['inserted', 'updated', 'deleted']) {
            await queryRunner.query(`DROP FUNCTION IF EXISTS topofmind_bump_${name}()`);
            await queryRunner.query(`DROP FUNCTION IF EXISTS topofmind_bump_interview_contacts_${name}()`);
        }
        await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "relevance"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "data_version"
        `);
    }

}
