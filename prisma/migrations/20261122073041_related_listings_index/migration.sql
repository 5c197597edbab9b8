-- Related listings on a listing page read a craft's approved listings in popularity order from an
-- index and stop after a few (before: every listing of the craft sorted per page view). The new
-- index starts with the old one's columns, so it serves everything that one did.
-- DropIndex
DROP INDEX "Listing_categoryId_status_idx";

-- CreateIndex
CREATE INDEX "Listing_categoryId_status_popularity_idx" ON "Listing"("categoryId", "status", "popularity");
