package org.plangraph.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** Opens {@code ontology/RELATIVE}. */
    public static InputStream openOntology(String relative) {
        return open("ontology", relative);
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

    /** Reads a cue file of one phrase per line. */
    public static List<String> readList(String relative) {
        return readTable(relative).stream().map(r -> r[0].strip()).filter(s -> !s.isEmpty()).toList();
    }
}
