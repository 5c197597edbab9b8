-- AlterTable
ALTER TABLE "Listing" ALTER COLUMN "categoryId" DROP NOT NULL;
