import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateSourcesAndCatalogue1795650335543 implements MigrationInterface {
    name = 'CreateSourcesAndCatalogue1795650335543'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."event_status" AS ENUM('CONFIRMED', 'TENTATIVE', 'CANCELLED')
        `);
        await queryRunner.query(`
            CREATE TABLE "events" (
                "uid" text NOT NULL,
                "title" text NOT NULL,
                "description" text,
                "all_day" boolean NOT NULL,
                "start_local" text NOT NULL,
                "end_local" text,
                "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP(3) WITH TIME ZONE,
                "time_zone" text,
                "floating" boolean NOT NULL DEFAULT false,
                "location" text,
                "venue_name" text,
                "venue_address" text,
                "online_url" text,
                "url" text,
                "organizer" jsonb,
                "people" jsonb NOT NULL DEFAULT '[]',
                "categories" text array NOT NULL DEFAULT '{}',
                "status" "public"."event_status" NOT NULL DEFAULT 'CONFIRMED',
                "sequence" integer NOT NULL DEFAULT '0',
                "recurring" boolean NOT NULL DEFAULT false,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "owner_id" uuid NOT NULL,
                "recurrence_id" text,
                "merge_reasons" text array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "events_owner_start_idx" ON "events" ("owner_id", "starts_at", "id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."source_kind" AS ENUM('AUTO', 'ICAL', 'HTML')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."source_status" AS ENUM('PENDING', 'OK', 'ERROR')
        `);
        await queryRunner.query(`
            CREATE TABLE "feeds" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "fetch_key" text NOT NULL,
                "url" text,
                "kind" "public"."source_kind" NOT NULL,
                "detected_kind" "public"."source_kind",
                "default_time_zone" text NOT NULL,
                "recipe" jsonb,
                "refresh_minutes" integer NOT NULL,
                "status" "public"."source_status" NOT NULL DEFAULT 'PENDING',
                "last_error" text,
                "warnings" jsonb NOT NULL DEFAULT '[]',
                "etag" text,
                "last_modified" text,
                "content_hash" text,
                "consecutive_failures" integer NOT NULL DEFAULT '0',
                "last_fetched_at" TIMESTAMP(3) WITH TIME ZONE,
                "last_success_at" TIMESTAMP(3) WITH TIME ZONE,
                "next_refresh_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3dafbf766ecbb1eb2017732153f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "feeds_fetch_key_key" ON "feeds" ("fetch_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "feeds_next_refresh_idx" ON "feeds" ("next_refresh_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "feed_items" (
                "uid" text NOT NULL,
                "title" text NOT NULL,
                "description" text,
                "all_day" boolean NOT NULL,
                "start_local" text NOT NULL,
                "end_local" text,
                "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP(3) WITH TIME ZONE,
                "time_zone" text,
                "floating" boolean NOT NULL DEFAULT false,
                "location" text,
                "venue_name" text,
                "venue_address" text,
                "online_url" text,
                "url" text,
                "organizer" jsonb,
                "people" jsonb NOT NULL DEFAULT '[]',
                "categories" text array NOT NULL DEFAULT '{}',
                "status" "public"."event_status" NOT NULL DEFAULT 'CONFIRMED',
                "sequence" integer NOT NULL DEFAULT '0',
                "recurring" boolean NOT NULL DEFAULT false,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "feed_id" uuid NOT NULL,
                "recurrence_key" text NOT NULL DEFAULT '',
                "stamped_at" TIMESTAMP(3) WITH TIME ZONE,
                "content_hash" text NOT NULL,
                "missing_count" integer NOT NULL DEFAULT '0',
                "removed_at" TIMESTAMP(3) WITH TIME ZONE,
                "first_seen_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "last_seen_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_9a33f003d604fbe4060d75c7be2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "feed_items_feed_start_idx" ON "feed_items" ("feed_id", "starts_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "feed_items_key" ON "feed_items" ("feed_id", "uid", "recurrence_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "event_items" (
                "owner_id" uuid NOT NULL,
                "item_id" uuid NOT NULL,
                "event_id" uuid NOT NULL,
                "merge_reason" text,
                "linked_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_e80d051d83542d6e483cfb9982b" PRIMARY KEY ("owner_id", "item_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "event_items_item_idx" ON "event_items" ("item_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "event_items_event_idx" ON "event_items" ("event_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."event_change_kind" AS ENUM('MOVED', 'CANCELLED', 'REMOVED', 'RESTORED')
        `);
        await queryRunner.query(`
            CREATE TABLE "feed_item_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "item_id" uuid NOT NULL,
                "kind" "public"."event_change_kind" NOT NULL,
                "old_start" text,
                "new_start" text,
                "old_end" text,
                "new_end" text,
                "old_status" "public"."event_status",
                "new_status" "public"."event_status",
                "reason" text,
                "detected_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_9ab7b45661f3ebfcbab24073a14" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "feed_item_changes_item_idx" ON "feed_item_changes" ("item_id", "detected_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "sources" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "owner_id" uuid NOT NULL,
                "feed_id" uuid NOT NULL,
                "name" text NOT NULL,
                "refresh_minutes" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_85523beafe5a2a6b90b02096443" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "sources_feed_idx" ON "sources" ("feed_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "sources_owner_feed_key" ON "sources" ("owner_id", "feed_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "events"
            ADD CONSTRAINT "FK_918130b4f882fda431503d6f4e0" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "feed_items"
            ADD CONSTRAINT "FK_513c9c5a201fb8b163ec7ab1f35" FOREIGN KEY ("feed_id") REFERENCES "feeds"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_items"
            ADD CONSTRAINT "FK_59485a372ccef32d2edf6e5ef71" FOREIGN KEY ("item_id") REFERENCES "feed_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_items"
            ADD CONSTRAINT "FK_8fb5072491a2b52b6bfc6385e45" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "feed_item_changes"
            ADD CONSTRAINT "FK_9a64c77b9eb05ba0f2036716503" FOREIGN KEY ("item_id") REFERENCES "feed_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sources"
            ADD CONSTRAINT "FK_39a32928b5c6b686d5ac3ff3e89" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sources"
            ADD CONSTRAINT "FK_2e404f237cb6c16d14a175a24cd" FOREIGN KEY ("feed_id") REFERENCES "feeds"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sources" DROP CONSTRAINT "FK_2e404f237cb6c16d14a175a24cd"
        `);
        await queryRunner.query(`
            ALTER TABLE "sources" DROP CONSTRAINT "FK_39a32928b5c6b686d5ac3ff3e89"
        `);
        await queryRunner.query(`
            ALTER TABLE "feed_item_changes" DROP CONSTRAINT "FK_9a64c77b9eb05ba0f2036716503"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_items" DROP CONSTRAINT "FK_8fb5072491a2b52b6bfc6385e45"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_items" DROP CONSTRAINT "FK_59485a372ccef32d2edf6e5ef71"
        `);
        await queryRunner.query(`
            ALTER TABLE "feed_items" DROP CONSTRAINT "FK_513c9c5a201fb8b163ec7ab1f35"
        `);
        await queryRunner.query(`
            ALTER TABLE "events" DROP CONSTRAINT "FK_918130b4f882fda431503d6f4e0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."sources_owner_feed_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."sources_feed_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "sources"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."feed_item_changes_item_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "feed_item_changes"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."event_change_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."event_items_event_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."event_items_item_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "event_items"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."feed_items_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."feed_items_feed_start_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "feed_items"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."feeds_next_refresh_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."feeds_fetch_key_key"
        `);
        await queryRunner.query(`
            DROP TABLE "feeds"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."source_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."source_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."events_owner_start_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "events"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."event_status"
        `);
    }

}
