package org.plangraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.DateSource;
import org.plangraph.model.Document;
import org.plangraph.model.DocumentKind;
import org.plangraph.model.Finding;
import org.plangraph.model.IssuerSource;
import org.plangraph.model.Provision;
import org.plangraph.model.UnitMention;

/**
 * What a load or an extract did with each file: what was read, what it was read as, and what looked
 * like structure but was not used. Written as JSON with {@code --report}; its summary tells a user
 * loading hundreds of files which ones to look at.
 */
final class RunReport {
    /** Names listed per line of the summary; the report lists them all. */
    private static final int NAMES_IN_SUMMARY = 8;

    /** @param measures how many measures the document's hierarchy holds */
    record DocumentEntry(String key, DocumentKind kind, String title, String titleSource, List<String> issuers, IssuerSource issuerSource,
            String date, DateSource dateSource, String docNumber, int measures) {
    }

    /** @param start,end where it stands in the source file, in code points */
    record UnusedEntry(Finding.Kind kind, String document, String text, int start, int end) {
    }

    /**
     * @param status  {@code loaded}, {@code refused} (counted as failed) or {@code skipped} (a folder's README)
     * @param reason  why it was refused or skipped; null when loaded
     * @param format  the media type its content was read as; null when refused
     */
    record FileEntry(String name, String status, String reason, String format, String extractor, String encoding, String script,
            List<DocumentEntry> documents, List<UnusedEntry> unused) {
        boolean loaded() {
            return "loaded".equals(status);
        }
    }

    private final List<FileEntry> files = new ArrayList<>();

    void loaded(AlignedFile file) {
        List<DocumentEntry> documents = file.documents().stream().map(RunReport::entry).toList();
        List<UnusedEntry> unused = file.findings().stream()
                .map(f -> new UnusedEntry(f.kind(), f.documentKey(), f.text(), f.span().start(), f.span().end())).toList();
        var s = file.source();
        files.add(new FileEntry(s.name(), "loaded", null, s.format().mediaType(), s.extractor(), s.encoding(), s.script(), documents,
                unused));
    }

    void refused(Refusal refusal) {
        files.add(new FileEntry(refusal.name(), "refused", refusal.reason(), null, null, null, null, List.of(), List.of()));
    }

    /** A file not meant to be read (a folder's README): listed, but no failure. */
    void skipped(Refusal refusal) {
        files.add(new FileEntry(refusal.name(), "skipped", refusal.reason(), null, null, null, null, List.of(), List.of()));
    }

    List<FileEntry> files() {
        return List.copyOf(files);
    }

    void write(Path json) {
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), Map.of("files", files));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + json + ": " + Main.oneLine(e), e);
        }
    }

    /** A few lines: files by format, then the files to look at, by what is wrong with them. */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        Map<String, Long> byFormat = files.stream().filter(FileEntry::loaded)
                .collect(Collectors.groupingBy(FileEntry::format, TreeMap::new, Collectors.counting()));
        if (!byFormat.isEmpty()) {
            lines.add("formats: " + byFormat.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        }
        addLine(lines, "no measures", f -> f.loaded() && f.documents().stream().allMatch(d -> d.measures() == 0));
        addLine(lines, "no printed title", f -> f.loaded() && f.documents().stream().anyMatch(d -> !"printed".equals(d.titleSource())));
        addLine(lines, "structure not used", f -> f.loaded() && !f.unused().isEmpty());
        addLine(lines, "refused", f -> "refused".equals(f.status()));
        addLine(lines, "skipped", f -> "skipped".equals(f.status()));
        return lines;
    }

    private void addLine(List<String> lines, String label, Predicate<FileEntry> test) {
        List<String> names = files.stream().filter(test).map(FileEntry::name).toList();
        if (names.isEmpty()) {
            return;
        }
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_IN_SUMMARY, names.size())));
        lines.add(label + " (" + names.size() + "): " + shown + (names.size() > NAMES_IN_SUMMARY ? ", … (all in --report FILE.json)" : ""));
    }

    private static DocumentEntry entry(Document d) {
        return new DocumentEntry(d.key(), d.kind(), d.title(), d.titleSource().label(), d.issuers().stream().map(UnitMention::name).toList(),
                d.issuerSource(), d.date(), d.dateSource(), d.docNumber(), measures(d.provisions()));
    }

    private static int measures(List<Provision> ps) {
        int n = 0;
        for (Provision p : ps) {
            n += (p.measure() ? 1 : 0) + measures(p.children());
        }
        return n;
    }
}
