-- The language a review and its answer were written in, so Uzbek text reads in the reader's script
-- and other languages are marked as such (reviews so far were written on Uzbek pages).
ALTER TABLE "Review" ADD COLUMN "bodyLocale" TEXT NOT NULL DEFAULT 'uz', ADD COLUMN "replyLocale" TEXT;
UPDATE "Review" SET "replyLocale" = 'uz' WHERE "artisanReply" IS NOT NULL;
