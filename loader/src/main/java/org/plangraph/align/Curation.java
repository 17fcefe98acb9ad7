package org.plangraph.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.plangraph.data.DataFiles;
import org.plangraph.model.Alignment;

/**
 * A curator's confirmed and rejected alignments, an SSSOM/TSV file whose rows are justified by
 * {@code semapv:ManualMappingCuration} (rows with another justification are ignored): a row confirms
 * that the measure (subject_id) carries out the item (object_id); with {@code predicate_modifier Not}
 * it rejects it. A confirmed item becomes the measure's rank 1 (score 1, high), the computed ones
 * follow it; a rejected item is dropped. A measure is named by its IRI; only the part from
 * {@code doc/} on is compared, so that the file holds whatever base the store was loaded with.
 * The shipped file is {@code ontology/curation/alignments.sssom.tsv}.
 */
public final class Curation {
    public static final String FILE = "curation/alignments.sssom.tsv";

    /** One curator's decision. */
    public record Decision(String measureKey, String itemIri, boolean confirmed, String comment) {
    }

    private final List<Decision> decisions;
    private final OutlineCatalog catalog;

    public Curation(List<Decision> decisions, OutlineCatalog catalog) {
        this.decisions = List.copyOf(decisions);
        this.catalog = catalog;
    }

    public static Curation none(OutlineCatalog catalog) {
        return new Curation(List.of(), catalog);
    }

    /** The shipped (or working copy's) curation file; none when there is no such file. */
    public static Curation standard(OutlineCatalog catalog) {
        try (InputStream in = DataFiles.openOntology(FILE)) {
            return of(SssomTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), catalog);
        } catch (IllegalStateException missing) {
            return none(catalog);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ontology/" + FILE, e);
        }
    }

    public static Curation of(SssomTable table, OutlineCatalog catalog) {
        List<Decision> out = new ArrayList<>();
        for (var row : table.rows()) {
            if (!Alignment.CURATED.equals(row.get("mapping_justification"))) {
                continue;
            }
            String measure = measureKey(table.expand(row.get("subject_id")));
            String item = table.expand(row.get("object_id"));
            if (measure == null || item == null || item.isBlank()) {
                continue;
            }
            boolean rejected = "Not".equalsIgnoreCase(row.getOrDefault("predicate_modifier", "").strip());
            out.add(new Decision(measure, item, !rejected, row.getOrDefault("comment", "")));
        }
        return new Curation(out, catalog);
    }

    public List<Decision> decisions() {
        return decisions;
    }

    /** The part of a measure IRI that does not depend on the base: {@code {file}/{doc}/p/{numbers}}. */
    static String measureKey(String iri) {
        if (iri == null) {
            return null;
        }
        int at = iri.lastIndexOf("doc/");
        return at < 0 ? null : iri.substring(at + 4);
    }

    /**
     * The measure's alignments after the curator's decisions on it.
     *
     * @param measureKey  {@code {file key}/{doc key}/p/{numbers}}, as in its IRI
     * @param computed    the computed alignments, rank order
     */
    List<Alignment> apply(String measureKey, String documentKey, String path, int start, List<Alignment> computed) {
        List<Decision> mine = decisions.stream().filter(d -> d.measureKey().equals(measureKey)).toList();
        if (mine.isEmpty()) {
            return computed;
        }
        List<Alignment> out = new ArrayList<>();
        for (Decision d : mine) {
            if (!d.confirmed()) {
                continue;
            }
            Optional<Alignment> was = computed.stream().filter(a -> a.itemIri().equals(d.itemIri())).findFirst();
            Optional<Outline> outline = catalog.outlines().stream()
                    .filter(o -> o.items().stream().anyMatch(i -> i.iri().equals(d.itemIri()))).findFirst();
            if (outline.isEmpty()) {
                continue;
            }
            OutlineItem item = outline.get().items().stream().filter(i -> i.iri().equals(d.itemIri())).findFirst().orElseThrow();
            out.add(new Alignment(documentKey, path, start, outline.get().iri(),
                    outline.get().docNumber(), item.iri(), item.id(), item.title(), 0, 1.0, "high", "curation", "1.0",
                    Alignment.CURATED, "curated", was.map(Alignment::evidence).orElse(null),
                    was.map(Alignment::matchedPhrases).orElse(List.of())));
        }
        for (Alignment a : computed) {
            boolean decided = mine.stream().anyMatch(d -> d.itemIri().equals(a.itemIri()));
            if (!decided) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparingInt(a -> a.justification().equals(Alignment.CURATED) ? 0 : 1));
        List<Alignment> ranked = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            ranked.add(out.get(i).withRank(i + 1));
        }
        return ranked;
    }
}
