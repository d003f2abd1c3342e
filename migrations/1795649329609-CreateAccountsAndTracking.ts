import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateAccountsAndTracking1795649329609 implements MigrationInterface {
    name = 'CreateAccountsAndTracking1795649329609'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "password_hash" text NOT NULL,
                "time_zone" text NOT NULL DEFAULT 'UTC',
                "linkedin_premium" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "users_email_key" ON "users" ("email")
        `);
        await queryRunner.query(`
            CREATE TABLE "access_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" bytea NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_65140f59763ff994a0252488166" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "access_tokens_user_idx" ON "access_tokens" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "access_tokens_hash_key" ON "access_tokens" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."application_status" AS ENUM(
                'RESEARCHING',
                'APPLIED',
                'INTERVIEWING',
                'OFFER',
                'REJECTED',
                'CLOSED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "companies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "owner_id" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" text NOT NULL,
                "aliases" text array NOT NULL DEFAULT '{}',
                "domains" text array NOT NULL DEFAULT '{}',
                "notes" text NOT NULL DEFAULT '',
                "status" "public"."application_status" NOT NULL DEFAULT 'RESEARCHING',
                "role_title" text,
                CONSTRAINT "PK_d4bc3e82a314fa9e29f652c2c22" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "companies_owner_name_key" ON "companies" ("owner_id", lower("name"))
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."contact_role" AS ENUM(
                'HIRING_MANAGER',
                'RECRUITER',
                'INTERVIEWER',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "contacts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "owner_id" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" text NOT NULL,
                "aliases" text array NOT NULL DEFAULT '{}',
                "title" text,
                "role" "public"."contact_role" NOT NULL DEFAULT 'OTHER',
                "company_id" uuid,
                "email" text,
                "linkedin_url" text,
                "linkedin_connected" boolean NOT NULL DEFAULT false,
                "interests" text array NOT NULL DEFAULT '{}',
                "notes" text NOT NULL DEFAULT '',
                CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "contacts_owner_company_idx" ON "contacts" ("owner_id", "company_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."interaction_kind" AS ENUM(
                'LINKEDIN_CONNECT',
                'EMAIL',
                'COFFEE',
                'PROJECT_UPDATE',
                'MET_AT_EVENT',
                'CALL',
                'INTERVIEW',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."interaction_direction" AS ENUM('OUTBOUND', 'INBOUND')
        `);
        await queryRunner.query(`
            CREATE TABLE "interactions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "owner_id" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "contact_id" uuid NOT NULL,
                "kind" "public"."interaction_kind" NOT NULL,
                "direction" "public"."interaction_direction" NOT NULL DEFAULT 'OUTBOUND',
                "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "notes" text NOT NULL DEFAULT '',
                "awaiting_reply" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_911b7416a6671b4148b18c18ecb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "interactions_owner_contact_occurred_idx" ON "interactions" ("owner_id", "contact_id", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "interviews" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "owner_id" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "company_id" uuid NOT NULL,
                "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "title" text,
                "topics" text array NOT NULL DEFAULT '{}',
                "questions_asked" text array NOT NULL DEFAULT '{}',
                "concerns" text array NOT NULL DEFAULT '{}',
                "promises" text array NOT NULL DEFAULT '{}',
                "notes" text NOT NULL DEFAULT '',
                CONSTRAINT "PK_fd41af1f96d698fa33c2f070f47" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "interviews_owner_occurred_idx" ON "interviews" ("owner_id", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "project_updates" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "owner_id" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "title" text NOT NULL,
                "summary" text NOT NULL DEFAULT '',
                "url" text,
                "tags" text array NOT NULL DEFAULT '{}',
                "occurred_on" date NOT NULL,
                CONSTRAINT "PK_2093d4d18851bc0f6ec8b1197e7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "project_updates_owner_date_idx" ON "project_updates" ("owner_id", "occurred_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "interview_contacts" (
                "interview_id" uuid NOT NULL,
                "contact_id" uuid NOT NULL,
                CONSTRAINT "PK_b4b09f639b8b2923d173be62a08" PRIMARY KEY ("interview_id", "contact_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8d2465adaa3fb774bc1f563778" ON "interview_contacts" ("interview_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5690461bd017e737d41cdeeb22" ON "interview_contacts" ("contact_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "access_tokens"
            ADD CONSTRAINT "FK_09ee750a035b06e0c7f0704687e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "companies"
            ADD CONSTRAINT "FK_df63e1563bbd91b428b5c50d8ad" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contacts"
            ADD CONSTRAINT "FK_ac270d32a01ee22d2e98a8f8532" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contacts"
            ADD CONSTRAINT "FK_b53945f3dfe982678bfeb5e1b4f" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interactions"
            ADD CONSTRAINT "FK_021b021b9aa796f0f55c75e6b11" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interactions"
            ADD CONSTRAINT "FK_95b8c949b2851f87e2e4d48c891" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interviews"
            ADD CONSTRAINT "FK_c276191030034a04e673c40a4c5" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interviews"
            ADD CONSTRAINT "FK_7aed7c8457ff7ffbef4cb221d1f" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_updates"
            ADD CONSTRAINT "FK_dac383ba2f86399b29aaa591cda" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interview_contacts"
            ADD CONSTRAINT "FK_8d2465adaa3fb774bc1f563778d" FOREIGN KEY ("interview_id") REFERENCES "interviews"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
        await queryRunner.query(`
            ALTER TABLE "interview_contacts"
            ADD CONSTRAINT "FK_5690461bd017e737d41cdeeb222" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "interview_contacts" DROP CONSTRAINT "FK_5690461bd017e737d41cdeeb222"
        `);
        await queryRunner.query(`
            ALTER TABLE "interview_contacts" DROP CONSTRAINT "FK_8d2465adaa3fb774bc1f563778d"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_updates" DROP CONSTRAINT "FK_dac383ba2f86399b29aaa591cda"
        `);
        await queryRunner.query(`
            ALTER TABLE "interviews" DROP CONSTRAINT "FK_7aed7c8457ff7ffbef4cb221d1f"
        `);
        await queryRunner.query(`
            ALTER TABLE "interviews" DROP CONSTRAINT "FK_c276191030034a04e673c40a4c5"
        `);
        await queryRunner.query(`
            ALTER TABLE "interactions" DROP CONSTRAINT "FK_95b8c949b2851f87e2e4d48c891"
        `);
        await queryRunner.query(`
            ALTER TABLE "interactions" DROP CONSTRAINT "FK_021b021b9aa796f0f55c75e6b11"
        `);
        await queryRunner.query(`
            ALTER TABLE "contacts" DROP CONSTRAINT "FK_b53945f3dfe982678bfeb5e1b4f"
        `);
        await queryRunner.query(`
            ALTER TABLE "contacts" DROP CONSTRAINT "FK_ac270d32a01ee22d2e98a8f8532"
        `);
        await queryRunner.query(`
            ALTER TABLE "companies" DROP CONSTRAINT "FK_df63e1563bbd91b428b5c50d8ad"
        `);
        await queryRunner.query(`
            ALTER TABLE "access_tokens" DROP CONSTRAINT "FK_09ee750a035b06e0c7f0704687e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5690461bd017e737d41cdeeb22"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8d2465adaa3fb774bc1f563778"
        `);
        await queryRunner.query(`
            DROP TABLE "interview_contacts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."project_updates_owner_date_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "project_updates"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interviews_owner_occurred_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "interviews"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interactions_owner_contact_occurred_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "interactions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."interaction_direction"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."interaction_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."contacts_owner_company_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "contacts"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."contact_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."companies_owner_name_key"
        `);
        await queryRunner.query(`
            DROP TABLE "companies"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."application_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."access_tokens_hash_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."access_tokens_user_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "access_tokens"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."users_email_key"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
        `);
    }

}
