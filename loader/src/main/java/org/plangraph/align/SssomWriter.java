package org.plangraph.align;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.plangraph.emit.Vocab;

/**
 * Writes the pg:Alignment resources of a graph as an SSSOM/TSV mapping set: the YAML metadata block
 * (curie_map, mapping_set_id, license, mapping_tool, extension definitions) and one row per
 * alignment. Written from the RDF rather than from the align stage's records, so that what the file
 * says is what the graph says. A curator edits such a file (mapping_justification
 * semapv:ManualMappingCuration, predicate_modifier Not to reject) into a {@link Curation}.
 */
public final class SssomWriter {
    /** The calibrated confidence levels as SSSOM's 0–1 confidence: the precision each is meant to have. */
    static final Map<String, String> CONFIDENCE_VALUE = Map.of("high", "0.9", "medium", "0.6", "low", "0.3");

    public static final List<String> COLUMNS = List.of("subject_id", "subject_label", "predicate_id", "predicate_modifier",
            "object_id", "object_label", "mapping_justification", "confidence", "similarity_score", "similarity_measure",
            "mapping_tool", "mapping_tool_version", "match_string", "subject_source", "object_source", "rank",
            "confidence_level", "outline_basis", "evidence_text", "evidence_start", "evidence_end");

    private final String base;

    /** @param base the IRI base of the loaded resources ({@code http://localhost:3030/id/}) */
    public SssomWriter(String base) {
        this.base = base;
    }

    /**
     * @param data      the emitted graph(s), holding the alignments
     * @param reference the outlines' reference data (item titles, outline of each item)
     */
    public void write(Model data, Model reference, LocalDate date, PrintStream out) {
        Map<String, String> curies = curieMap(reference);
        List<Map<String, String>> rows = rows(data, reference, curies);
        out.print("# curie_map:\n");
        curies.forEach((prefix, ns) -> out.print("#   " + prefix + ": " + ns + "\n"));
        out.print("# mapping_set_id: " + base + "alignments.sssom.tsv\n");
        out.print("# mapping_set_title: \"Local measures aligned to the items of the national outlines they carry out\"\n");
        out.print("# mapping_set_description: \"Computed by the plangraph align stage: character-bigram TF-IDF"
                + " between a measure (heading, text without responsibility notes, its section's heading) and an item"
                + " (title, part title, key phrases of ontology/reference/outline-key-phrases.tsv), plus a bonus where the"
                + " plan's section restates the item's part. confidence is the precision a level is meant to have"
                + " (confidence_level; see ontology/README.md).\"\n");
        out.print("# license: https://w3id.org/sssom/license/unspecified\n");
        out.print("# mapping_tool: plangraph align\n");
        out.print("# mapping_date: " + date + "\n");
        out.print("# subject_type: owl:NamedIndividual\n");
        out.print("# object_type: skos:Concept\n");
        out.print("# extension_definitions:\n");
        extension(out, "rank", "rank", "xsd:integer");
        extension(out, "confidence_level", "confidence", "xsd:string");
        extension(out, "outline_basis", "outlineBasis", "xsd:string");
        extension(out, "evidence_text", "evidenceText", "xsd:string");
        extension(out, "evidence_start", "evidenceStart", "xsd:integer");
        extension(out, "evidence_end", "evidenceEnd", "xsd:integer");
        out.print(String.join("\t", COLUMNS) + "\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : COLUMNS) {
                cells.add(clean(row.getOrDefault(c, "")));
            }
            out.print(String.join("\t", cells) + "\n");
        }
        out.flush();
    }

    private static void extension(PrintStream out, String slot, String pgLocal, String type) {
        out.print("#   - slot_name: " + slot + "\n");
        out.print("#     property: pg:" + pgLocal + "\n");
        out.print("#     type_hint: " + type + "\n");
    }

    private Map<String, String> curieMap(Model reference) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("pg", Vocab.PG);
        m.put("semapv", Vocab.SEMAPV);
        m.put("skos", Vocab.SKOS);
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", Vocab.XSD);
        m.put("plan", base + "doc/");
        Property outlineItem = reference.createProperty(Vocab.PG + "outlineItem");
        for (Resource o : new TreeSet<>(reference.listSubjectsWithProperty(outlineItem).mapWith(Resource::getURI).toList())
                .stream().map(reference::createResource).toList()) {
            String slug = o.getURI().substring(o.getURI().lastIndexOf('/') + 1);
            m.put(slug.replace("-", ""), o.getURI() + "/item/");
            m.put("outline", o.getURI().substring(0, o.getURI().lastIndexOf('/') + 1));
        }
        return m;
    }

    private static List<Map<String, String>> rows(Model data, Model reference, Map<String, String> curies) {
        Property outlineItem = reference.createProperty(Vocab.PG + "outlineItem");
        List<Map<String, String>> rows = new ArrayList<>();
        for (Resource a : data.listSubjectsWithProperty(RDF.type, data.createResource(Vocab.PG + "Alignment")).toList()) {
            Resource measure = a.getPropertyResourceValue(p(data, "alignedMeasure"));
            Resource item = a.getPropertyResourceValue(p(data, "alignedItem"));
            Resource itemInReference = reference.createResource(item.getURI());
            Map<String, String> row = new LinkedHashMap<>();
            row.put("subject_id", curie(measure.getURI(), curies));
            row.put("subject_label", literal(measure, p(data, "heading")));
            row.put("predicate_id", curie(a.getPropertyResourceValue(p(data, "alignmentPredicate")).getURI(), curies));
            row.put("object_id", curie(item.getURI(), curies));
            row.put("object_label", literal(itemInReference, reference.createProperty(Vocab.DCT + "title")));
            row.put("mapping_justification", curie(a.getPropertyResourceValue(p(data, "mappingJustification")).getURI(), curies));
            String level = literal(a, p(data, "confidence"));
            row.put("confidence", CONFIDENCE_VALUE.getOrDefault(level, ""));
            row.put("similarity_score", new BigDecimal(literal(a, p(data, "score"))).stripTrailingZeros().toPlainString());
            row.put("similarity_measure", "cosine of character-bigram TF-IDF vectors");
            row.put("mapping_tool", literal(a, p(data, "method")));
            row.put("mapping_tool_version", literal(a, p(data, "methodVersion")));
            List<String> phrases = new ArrayList<>();
            for (Statement st : a.listProperties(p(data, "matchedPhrase")).toList()) {
                phrases.add(st.getString());
            }
            phrases.sort(null);
            row.put("match_string", String.join("|", phrases));
            Resource doc = measure.getPropertyResourceValue(p(data, "document"));
            row.put("subject_source", doc == null ? "" : curie(doc.getURI(), curies));
            List<Resource> outlines = reference.listSubjectsWithProperty(outlineItem, itemInReference).toList();
            row.put("object_source", outlines.isEmpty() ? "" : curie(outlines.get(0).getURI(), curies));
            row.put("rank", literal(a, p(data, "rank")));
            row.put("confidence_level", level);
            row.put("outline_basis", literal(a, p(data, "outlineBasis")));
            row.put("evidence_text", literal(a, p(data, "evidenceText")));
            row.put("evidence_start", literal(a, p(data, "evidenceStart")));
            row.put("evidence_end", literal(a, p(data, "evidenceEnd")));
            row.put("_start", literal(measure, p(data, "spanStart")));
            rows.add(row);
        }
        rows.sort(Comparator.comparing((Map<String, String> r) -> r.get("subject_source"))
                .thenComparingInt(r -> r.get("_start").isEmpty() ? 0 : Integer.parseInt(r.get("_start")))
                .thenComparing(r -> r.get("subject_id"))
                .thenComparingInt(r -> Integer.parseInt(r.get("rank"))));
        return rows;
    }

    private static Property p(Model m, String local) {
        return m.createProperty(Vocab.PG + local);
    }

    private static String literal(Resource r, Property p) {
        Statement st = r.getProperty(p);
        return st == null ? "" : st.getObject().isLiteral() ? st.getLiteral().getLexicalForm() : st.getObject().toString();
    }

    /** The IRI as a CURIE of the longest namespace it starts with; the IRI itself when none fits. */
    static String curie(String iri, Map<String, String> curies) {
        String best = null;
        for (Map.Entry<String, String> e : curies.entrySet()) {
            if (iri.startsWith(e.getValue()) && (best == null || e.getValue().length() > curies.get(best).length())) {
                best = e.getKey();
            }
        }
        return best == null ? iri : best + ":" + iri.substring(curies.get(best).length());
    }

    /** A TSV cell: tabs and line breaks of a text become spaces. */
    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
