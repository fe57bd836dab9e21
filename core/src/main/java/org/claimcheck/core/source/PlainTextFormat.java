package org.claimcheck.core.source;

import org.claimcheck.core.model.DocumentInfo;

/** Plain scraped text ({@code .txt}): page furniture removed by {@link PlainTextCleaner}. */
final class PlainTextFormat implements ArticleFormat {

    @Override
    public ReadResult read(SourceText source) throws InputException {
        PlainTextCleaner.Cleaned cleaned = PlainTextCleaner.clean(source.text(), null, null);
        if (cleaned.body().text().isEmpty()) {
            throw new InputException(source.file(), 0, "no article text: every line looks like page furniture");
        }
        DocumentInfo info = new DocumentInfo("", source.displayPath(), null, null, cleaned.dateline(), null,
                cleaned.dateline() == null ? null : "text");
        return ReadResult.of(new Document(info, source.text(), source.lines(), cleaned.body()));
    }
}
