package org.plangraph.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.plangraph.data.DataFiles;
import org.plangraph.emit.Vocab;

/**
 * The national outlines of {@code ontology/reference/outlines.ttl} with their items and key phrases,
 * read once: the align stage scores measures against them.
 */
public final class OutlineCatalog {
    private final List<Outline> outlines;

    public OutlineCatalog(List<Outline> outlines) {
        this.outlines = List.copyOf(outlines);
    }

    private static volatile OutlineCatalog standard;

    /** The catalog of the shipped (or working copy's) reference data. */
    public static OutlineCatalog standard() {
        if (standard == null) {
            synchronized (OutlineCatalog.class) {
                if (standard == null) {
                    standard = fromModel(DataFiles.readTurtle("reference/outlines.ttl"));
                }
            }
        }
        return standard;
    }

    public List<Outline> outlines() {
        return outlines;
    }

    public Optional<Outline> byIri(String iri) {
        return outlines.stream().filter(o -> o.iri().equals(iri)).findFirst();
    }

    /**
     * The outline in force in {@code year}: the one whose period covers it, else the latest that began
     * before it (an outline stays the reference until the next one is issued).
     */
    public Optional<Outline> inForce(int year) {
        Optional<Outline> covering = outlines.stream().filter(o -> o.covers(year)).max(Comparator.comparingInt(Outline::periodStart));
        if (covering.isPresent()) {
            return covering;
        }
        return outlines.stream().filter(o -> o.periodStart() <= year).max(Comparator.comparingInt(Outline::periodStart));
    }

    static OutlineCatalog fromModel(Model m) {
        Property title = m.createProperty(Vocab.DCT + "title");
        Property idLocal = m.createProperty(Vocab.ELI + "id_local");
        Property outlineItem = m.createProperty(Vocab.PG + "outlineItem");
        Property hasPart = m.createProperty(Vocab.ELI + "has_part");
        Property isPartOf = m.createProperty(Vocab.ELI + "is_part_of");
        Property identifier = m.createProperty(Vocab.DCT + "identifier");
        Property keyPhrase = m.createProperty(Vocab.PG + "keyPhrase");
        Property periodStart = m.createProperty(Vocab.PG + "periodStart");
        Property periodEnd = m.createProperty(Vocab.PG + "periodEnd");
        List<Outline> out = new ArrayList<>();
        for (Resource o : m.listSubjectsWithProperty(outlineItem).toList()) {
            List<OutlineItem> items = new ArrayList<>();
            int order = 0;
            // Parts first, then their items: walking has_part in outline order keeps the item order.
            for (Resource node : orderedParts(o, hasPart, m)) {
                for (Resource leaf : leaves(node, hasPart, m)) {
                    Resource group = leaf.getPropertyResourceValue(isPartOf);
                    List<String> phrases = new ArrayList<>();
                    for (Statement st : leaf.listProperties(keyPhrase).toList()) {
                        phrases.add(st.getString());
                    }
                    phrases.sort(null);
                    items.add(new OutlineItem(leaf.getURI(), string(leaf, identifier), string(leaf, title), group.getURI(),
                            string(group, title), phrases, ++order));
                }
            }
            out.add(new Outline(o.getURI(), o.hasProperty(idLocal) ? string(o, idLocal) : null, string(o, title),
                    year(o, periodStart), year(o, periodEnd), items));
        }
        out.sort(Comparator.comparingInt(Outline::periodStart));
        return new OutlineCatalog(out);
    }

    private static List<Resource> orderedParts(Resource parent, Property hasPart, Model m) {
        Property order = m.createProperty(Vocab.PG + "order");
        List<Resource> parts = new ArrayList<>();
        for (RDFNode n : parent.listProperties(hasPart).mapWith(Statement::getObject).toList()) {
            parts.add(n.asResource());
        }
        parts.sort(Comparator.comparingInt(r -> r.getProperty(order).getInt()));
        return parts;
    }

    private static List<Resource> leaves(Resource node, Property hasPart, Model m) {
        if (!node.hasProperty(hasPart)) {
            return List.of(node);
        }
        List<Resource> out = new ArrayList<>();
        for (Resource child : orderedParts(node, hasPart, m)) {
            out.addAll(leaves(child, hasPart, m));
        }
        return out;
    }

    private static String string(Resource r, Property p) {
        Statement st = r.getProperty(p);
        return st == null ? null : st.getString();
    }

    private static int year(Resource r, Property p) {
        return Integer.parseInt(r.getProperty(p).getString().substring(0, 4));
    }
}
