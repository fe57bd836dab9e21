package org.claimcheck.core.source;

import java.util.List;
import org.claimcheck.core.model.DocumentInfo;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown ({@code .md}, {@code .markdown}) with optional YAML {@link FrontMatter}. The body is the rendered text
 * of paragraphs and headings, one paragraph each; emphasis, links and escapes leave only their text, and code
 * blocks, images and raw HTML (comments included) leave nothing. Every body character maps to its exact file
 * offset through the parser's source spans.
 */
final class MarkdownFormat implements ArticleFormat {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    @Override
    public ReadResult read(SourceText source) throws InputException {
        FrontMatter front = FrontMatter.read(source);
        Node root = PARSER.parse(source.text().substring(front.bodyStart()));
        BodyBuilder body = new BodyBuilder();
        root.accept(new BodyVisitor(source.text(), front.bodyStart(), body));
        if (body.isEmpty()) {
            throw new InputException(source.file(), source.lines().line(front.bodyStart()),
                    "no article text after the front matter");
        }
        DocumentInfo info = new DocumentInfo("", source.displayPath(), null, front.title(), front.date(),
                front.outlet(), front.date() == null ? null : "front-matter");
        return ReadResult.of(new Document(info, source.text(), source.lines(), body.build()));
    }

    /** Walks the Markdown tree and appends the text of paragraphs and headings. */
    private static final class BodyVisitor extends AbstractVisitor {
        private final String fileText;
        private final int bodyStart;
        private final BodyBuilder body;

        BodyVisitor(String fileText, int bodyStart, BodyBuilder body) {
            this.fileText = fileText;
            this.bodyStart = bodyStart;
            this.body = body;
        }

        @Override
        public void visit(Paragraph paragraph) {
            body.paragraphBreak();
            visitChildren(paragraph);
            body.paragraphBreak();
        }

        @Override
        public void visit(Heading heading) {
            body.paragraphBreak();
            visitChildren(heading);
            body.paragraphBreak();
        }

        @Override
        public void visit(Text text) {
            SourceAligner.align(text.getLiteral(), fileText, rawOffsets(text), body);
        }

        @Override
        public void visit(Code code) {
            SourceAligner.align(code.getLiteral(), fileText, rawOffsets(code), body);
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            body.spaceAfterLast();
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            body.spaceAfterLast();
        }

        @Override
        public void visit(FencedCodeBlock block) {
            // Code is not article prose.
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            // Code is not article prose.
        }

        @Override
        public void visit(HtmlBlock block) {
            // Raw HTML, including suppression comments, is not article prose.
        }

        @Override
        public void visit(HtmlInline html) {
            // Raw HTML is not article prose.
        }

        @Override
        public void visit(Image image) {
            // Alt text describes a picture, not the story.
        }

        private int[] rawOffsets(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            int total = 0;
            for (SourceSpan span : spans) {
                total += span.getLength();
            }
            int[] offsets = new int[total];
            int i = 0;
            for (SourceSpan span : spans) {
                for (int k = 0; k < span.getLength(); k++) {
                    offsets[i++] = bodyStart + span.getInputIndex() + k;
                }
            }
            return offsets;
        }
    }
}
