ALTER TABLE "index_publications" ADD COLUMN "decision_date" date;--> statement-breakpoint
ALTER TABLE "index_publications" ADD COLUMN "decision_signer" text;--> statement-breakpoint
ALTER TABLE "index_publications" ADD COLUMN "decision_file_name" text;--> statement-breakpoint
ALTER TABLE "index_publications" ADD COLUMN "decision_file" "bytea";