-- CreateIndex
CREATE INDEX "Event_storyId_startDate_idx" ON "Event"("storyId", "startDate");

-- CreateIndex
CREATE INDEX "Article_outletId_publishedAt_id_idx" ON "Article"("outletId", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_eventId_outletId_publishedAt_id_idx" ON "Article"("eventId", "outletId", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "ArticleScore_metric_articleId_idx" ON "ArticleScore"("metric", "articleId");

-- CreateIndex
CREATE INDEX "Marker_family_label_articleId_sentenceIndex_idx" ON "Marker"("family", "label", "articleId", "sentenceIndex");

-- CreateIndex
CREATE INDEX "ActorMention_articleId_actorId_idx" ON "ActorMention"("articleId", "actorId");
