ALTER TABLE "responses" ADD COLUMN "held" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "released_by" integer;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "released_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_released_by_users_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "responses_held_idx" ON "responses" USING btree ("unit_id","client_hash") WHERE "responses"."held";