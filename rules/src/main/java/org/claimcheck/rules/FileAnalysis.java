package org.claimcheck.rules;

import java.util.List;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.rules.check.Suppressions;

/**
 * What one file contributed to a run: its documents' metadata and claims, what could not be read or analysed, and
 * its inline suppressions. The file's text is not kept, so a run holds only the compact claims of an archive.
 *
 * @param documents    the documents read from the file, with their run ids
 * @param claims       their claims, in text order
 * @param problems     what could not be read or analysed
 * @param suppressions the file's {@code claimcheck-disable} directives
 */
public record FileAnalysis(List<DocumentInfo> documents, List<Claim> claims, List<InputProblem> problems,
                           List<Suppressions.Directive> suppressions) {
    public FileAnalysis {
        documents = List.copyOf(documents);
        claims = List.copyOf(claims);
        problems = List.copyOf(problems);
        suppressions = List.copyOf(suppressions);
    }
}
