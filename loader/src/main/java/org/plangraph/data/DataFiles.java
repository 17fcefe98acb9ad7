package org.plangraph.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plangraph.model.Notation;

/**
 * Finds the data files under {@code ontology/} (cue phrases, abbreviations, reference data) and the
 * queries under {@code queries/}. A working copy's own folders win, so that a user who edits a cue
 * file sees the effect without a rebuild; otherwise the copies packaged in the jar are used.
 */
public final class DataFiles {
    /** Set by the {@code ./plangraph} launcher and by the test runner to the project's root folder. */
    public static final String HOME_PROPERTY = "plangraph.home";

    private DataFiles() {
    }

    /** The ontology files opened so far in this JVM, relative to {@code ontology/}: what tests check every cue file against. */
    private static final java.util.Set<String> OPENED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Opens {@code ontology/RELATIVE}. */
    public static InputStream openOntology(String relative) {
        InputStream in = open("ontology", relative);
        OPENED.add(relative);
        return in;
    }

    /** The files of {@code ontology/} this JVM has opened, relative to it ({@code cues/heading-verbs.txt}). */
    public static java.util.Set<String> openedSoFar() {
        return java.util.Set.copyOf(OPENED);
    }

    public static InputStream open(String folder, String relative) {
        Path local = localFolder(folder).map(f -> f.resolve(relative)).filter(Files::isRegularFile).orElse(null);
        try {
            if (local != null) {
                return Files.newInputStream(local);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + local, e);
        }
        String resource = "plangraph/" + folder + "/" + relative;
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file missing: " + folder + "/" + relative
                    + " (neither in the working copy nor in the jar)");
        }
        return in;
    }

    /** The project's own copy of FOLDER, when running from a working copy. */
    public static java.util.Optional<Path> localFolder(String folder) {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            return java.util.Optional.empty();
        }
        Path dir = Path.of(home).resolve(folder);
        return Files.isDirectory(dir) ? java.util.Optional.of(dir) : java.util.Optional.empty();
    }

    /**
     * Reads a line-oriented cue file: one entry per line, {@code #} starts a comment line, blank lines
     * are skipped, fields are separated by tabs.
     */
    public static List<String[]> readTable(String relative) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = openOntology(relative)) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : content.split("\\R")) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ontology/" + relative, e);
        }
        return rows;
    }

    /**
     * One line of a cue file with where it stands, so that a value the code cannot use is refused
     * naming the file and line to fix.
     *
     * @param file   the file as the project names it, e.g. {@code ontology/cues/document-kinds.tsv}
     * @param line   its line number, from 1
     * @param fields its tab-separated fields
     */
    public record Row(String file, int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }

        public String field(int i) {
            return fields.get(i).strip();
        }

        /** The constant of {@code type} that field {@code i} writes; a value none writes is refused with file and line. */
        public <E extends Enum<E> & Notation> E notation(int i, Class<E> type) {
            return Notation.of(type, field(i)).orElseThrow(() -> new IllegalStateException(file + " line " + line + ": unknown "
                    + type.getSimpleName() + " '" + field(i) + "' (known: " + Notation.known(type) + ")"));
        }

        /** Field {@code i} read by {@code parse}; a value it refuses is refused with file and line. */
        public <T> T parsed(int i, java.util.function.Function<String, T> parse) {
            try {
                return parse.apply(field(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + " line " + line + ": " + e.getMessage(), e);
            }
        }

        /** Refuses a row of fewer fields than {@code count}, saying what the file's lines should hold. */
        public Row requireFields(int count, String layout) {
            if (fields.size() < count) {
                throw new IllegalStateException(file + " line " + line + ": want " + layout + ", got: " + String.join("\t", fields));
            }
            return this;
        }
    }

    /** Reads a cue file as {@link #readTable} does, keeping each row's line number. */
    public static List<Row> readRows(String relative) {
        try (InputStream in = openOntology(relative)) {
            return rows("ontology/" + relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ontology/" + relative, e);
        }
    }

    /** The rows of a cue file's {@code content}; {@code file} names it in messages. */
    public static List<Row> rows(String file, String content) {
        List<Row> rows = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            rows.add(new Row(file, i + 1, List.of(line.split("\t", -1))));
        }
        return rows;
    }

    /** Reads a Turtle file of {@code ontology/} (schemes, shapes, reference data) into a model. */
    public static org.apache.jena.rdf.model.Model readTurtle(String relative) {
        org.apache.jena.rdf.model.Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        try (InputStream in = openOntology(relative)) {
            org.apache.jena.riot.RDFDataMgr.read(model, in, org.apache.jena.riot.Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ontology/" + relative, e);
        }
        return model;
    }

    /** Reads a cue file of one regular expression per line; one that does not compile is refused with file and line. */
    public static List<java.util.regex.Pattern> readPatterns(String relative) {
        return readRows(relative).stream().filter(r -> !r.field(0).isEmpty())
                .map(r -> r.parsed(0, java.util.regex.Pattern::compile)).toList();
    }

    /** Reads a cue file of regular expressions, one per line, as one alternation; a bad line is refused with file and line. */
    public static java.util.regex.Pattern readAlternation(String relative) {
        return java.util.regex.Pattern.compile(String.join("|", readPatterns(relative).stream().map(java.util.regex.Pattern::pattern).toList()));
    }

    /** Reads a cue file of one phrase per line. */
    public static List<String> readList(String relative) {
        return readTable(relative).stream().map(r -> r[0].strip()).filter(s -> !s.isEmpty()).toList();
    }
}
