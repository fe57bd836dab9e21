/**
 * Reading articles: finding the files ({@link org.claimcheck.core.source.SourceFiles}), reading each by format into
 * {@link org.claimcheck.core.source.Document}s whose clean body maps every character back to the file
 * ({@link org.claimcheck.core.source.ArticleReader}, {@link org.claimcheck.core.source.TextMap}), and filling
 * metadata from a sidecar manifest ({@link org.claimcheck.core.source.MetadataManifest}). Problems with an input
 * are {@link org.claimcheck.core.source.InputException}s naming the file and line.
 */
package org.claimcheck.core.source;
