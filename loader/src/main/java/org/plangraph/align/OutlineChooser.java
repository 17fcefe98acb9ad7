package org.plangraph.align;

import java.util.Optional;
import org.plangraph.model.CitedPolicy;
import org.plangraph.model.Document;
import org.plangraph.model.DocumentLinks;
import org.plangraph.model.LinkedFile;
import org.plangraph.model.PolicyRelation;

/**
 * Which outline a document carries out. A document that names a national outline as a policy it
 * implements (the link stage has given that reference the outline's IRI) carries out that outline;
 * a plan issued by a notice takes what the notice names. Otherwise the outline in force in the
 * document's period is taken, which the aligner marks with lower confidence: a plan of 2023 on
 * 法治政府建设 that names only its province's plan still carries out the 2021—2025 outline.
 */
public final class OutlineChooser {
    private final OutlineCatalog catalog;

    public OutlineChooser(OutlineCatalog catalog) {
        this.catalog = catalog;
    }

    /** The outline {@code d}, a document of {@code file}, carries out, if any. */
    public Optional<OutlineChoice> choose(Document d, LinkedFile file) {
        Optional<Outline> cited = citedOutline(file.linksOf(d), year(d));
        if (cited.isPresent()) {
            return cited.map(o -> new OutlineChoice(o, OutlineChoice.CITED));
        }
        for (Document other : file.documents()) {
            boolean related = other.transmits().contains(d.key()) || d.transmits().contains(other.key());
            if (related) {
                Optional<Outline> viaOther = citedOutline(file.linksOf(other), year(d));
                if (viaOther.isPresent()) {
                    return viaOther.map(o -> new OutlineChoice(o, OutlineChoice.CHAIN));
                }
            }
        }
        Integer year = year(d);
        if (year == null) {
            return Optional.empty();
        }
        return catalog.inForce(year).filter(o -> inField(d, o)).map(o -> new OutlineChoice(o, OutlineChoice.PERIOD));
    }

    /** A document that names no outline is in an outline's field where its title or opening says so. */
    private static boolean inField(Document d, Outline outline) {
        java.util.regex.Pattern field = FIELDS.get(outline.docNumber());
        if (field == null) {
            return false;
        }
        String text = d.text().text();
        String opening = text.length() > OPENING ? text.substring(0, OPENING) : text;
        return field.matcher((d.title() == null ? "" : d.title()) + "\n" + opening).find();
    }

    /** How much of a document's text, from its start, may name its field. */
    private static final int OPENING = 400;
    private static final java.util.Map<String, java.util.regex.Pattern> FIELDS = fields();

    private static java.util.Map<String, java.util.regex.Pattern> fields() {
        java.util.Map<String, java.util.regex.Pattern> out = new java.util.HashMap<>();
        for (String[] row : org.plangraph.data.DataFiles.readTable("cues/outline-fields.tsv")) {
            if (row.length < 2) {
                throw new IllegalStateException("ontology/cues/outline-fields.tsv: want DOC_NUMBER<TAB>REGEX, got: " + String.join("\t", row));
            }
            out.put(row[0].strip(), java.util.regex.Pattern.compile(row[1].strip()));
        }
        return java.util.Map.copyOf(out);
    }

    /** The outline the document names as implemented; of several, the one covering its year, else the latest. */
    private Optional<Outline> citedOutline(DocumentLinks links, Integer year) {
        Optional<Outline> best = Optional.empty();
        for (CitedPolicy p : links.citedPolicies()) {
            if (p.reference().relation() != PolicyRelation.IMPLEMENTS) {
                continue;
            }
            Optional<Outline> o = catalog.byIri(p.key());
            if (o.isEmpty()) {
                continue;
            }
            if (year != null && o.get().covers(year)) {
                return o;
            }
            if (best.isEmpty() || o.get().periodStart() > best.get().periodStart()) {
                best = o;
            }
        }
        return best;
    }

    /** The year a document is about: the start of its period, else the year of its date. */
    static Integer year(Document d) {
        if (d.periodStart() != null) {
            return d.periodStart();
        }
        if (d.date() != null && d.date().length() >= 4) {
            try {
                return Integer.parseInt(d.date().substring(0, 4));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
