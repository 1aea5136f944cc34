CREATE TABLE "unit_headings" (
	"unit_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"parent_agency" text DEFAULT '' NOT NULL,
	"issuing_agency" text NOT NULL,
	"place" text NOT NULL,
	"short" text NOT NULL,
	"desk_name" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	CONSTRAINT "unit_headings_unit_id_valid_from_pk" PRIMARY KEY("unit_id","valid_from")
);
--> statement-breakpoint
ALTER TABLE "procedures" ADD COLUMN "same_day_cutoff" text;--> statement-breakpoint
ALTER TABLE "feedback_categories" ADD COLUMN "deadline_policy" text DEFAULT 'nd20-2008' NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD COLUMN "deadline_policy" text DEFAULT 'nd20-2008' NOT NULL;--> statement-breakpoint
ALTER TABLE "unit_headings" ADD CONSTRAINT "unit_headings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;